import "server-only";

/** Inputs of the review procedures (the workspace comes from `workspaceSlug`, added by the procedure). */
import { z } from "zod";
import { platformIds } from "@/lib/ai/platforms/platform-rules";
import { contentKind } from "@/server/db/schema/content";

const id = (what: string) => z.string().trim().min(1, `Give the ${what} id`).max(100);
const versionNumber = z.number({ error: "Give the version you reviewed" }).int().min(1);
const requiredComment = z.string().trim().min(1, "Say what should change").max(5000, "Keep the comment under 5000 characters");

/** Age buckets of the queue filter: waiting less than a day, 1–7 days, more than 7 days. */
export const queueAges = ["today", "week", "older"] as const;

export const reviewQueueInput = z.object({
  kind: z.enum(contentKind.enumValues).optional(),
  platform: z.enum(platformIds).optional(),
  authorId: z.string().trim().min(1).max(100).optional(),
  age: z.enum(queueAges).optional(),
  /** in_review (default) or changes_requested items. */
  status: z.enum(["in_review", "changes_requested"]).default("in_review"),
  cursor: z.string().max(500).optional(),
  limit: z.number().int().min(1).max(100).default(20),
});
export type ReviewQueueInput = z.output<typeof reviewQueueInput>;

export const reviewItemInput = z.object({ contentItemId: id("content") });
export type ReviewItemInput = z.output<typeof reviewItemInput>;

const postSchema = z.object({
  platform: z.enum(platformIds),
  parts: z.array(z.string().max(20000)).min(1, "A post needs at least one part").max(50),
});

/** Inline edit: a new version (source "edit") on top of `baseVersion` (the version the editor saw). */
export const reviewEditInput = z.object({
  contentItemId: id("content"),
  baseVersion: versionNumber,
  title: z.string().trim().min(1, "Give the content a title").max(300),
  body: z.string().max(200000),
  /** Per-platform posts; omitted keeps the base version's posts. */
  posts: z.array(postSchema).max(20).optional(),
});
export type ReviewEditInput = z.output<typeof reviewEditInput>;

/**
 * Approve exactly `versionNumber` (must be the current version). `scheduledFor` is either a local
 * date-time "YYYY-MM-DDTHH:mm[:ss]" read in `timezone` (an IANA name such as "Europe/Berlin"), or
 * an ISO instant with Z/offset; it must be in the future. A schedule is applied by the final step.
 */
export const reviewApproveInput = z
  .object({
    contentItemId: id("content"),
    versionNumber,
    comment: z.string().trim().max(5000).optional(),
    score: z.number().int().min(1, "Score from 1 to 5").max(5, "Score from 1 to 5").optional(),
    scheduledFor: z.string().trim().min(1).max(40).optional(),
    timezone: z.string().trim().min(1).max(64).optional(),
    /** Final step: the channels to publish to (default: the suggested ones); [] publishes nowhere yet. */
    channelIds: z.array(id("channel")).max(50).optional(),
    /** Final step: publish at each channel's next free queue slot instead of now. */
    queue: z.boolean().optional(),
  })
  .refine((v) => !v.timezone || v.scheduledFor, { path: ["scheduledFor"], message: "Pick a date and time for the schedule" })
  .refine((v) => !(v.queue && v.scheduledFor), { path: ["queue"], message: "Pick either a time or the queue, not both" });
export type ReviewApproveInput = z.output<typeof reviewApproveInput>;

export const reviewDecisionInput = z.object({
  contentItemId: id("content"),
  versionNumber,
  comment: requiredComment,
  score: z.number().int().min(1).max(5).optional(),
});
export type ReviewDecisionInput = z.output<typeof reviewDecisionInput>;

export const reviewRegenerateInput = z.object({
  contentItemId: id("content"),
  feedback: z.string().trim().min(1, "Tell the writer what to change").max(5000, "Keep the feedback under 5000 characters"),
});
export type ReviewRegenerateInput = z.output<typeof reviewRegenerateInput>;

export const reviewScoreInput = z.object({
  approvalId: id("approval"),
  score: z.number().int().min(1, "Score from 1 to 5").max(5, "Score from 1 to 5"),
});
export type ReviewScoreInput = z.output<typeof reviewScoreInput>;

export const policyStepKinds = ["role", "client"] as const;
export const policyStepSchema = z.object({
  name: z.string().trim().min(1, "Name the step").max(60),
  kind: z.enum(policyStepKinds),
});
export type PolicyStep = z.output<typeof policyStepSchema>;

export const setPolicyInput = z.object({
  allowSelfApproval: z.boolean(),
  steps: z.array(policyStepSchema).min(1, "Keep at least one approval step").max(5, "At most 5 approval steps"),
});
export type SetPolicyInput = z.output<typeof setPolicyInput>;
