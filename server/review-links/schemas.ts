import "server-only";
import { z } from "zod";

const id = (what: string) => z.string().trim().min(1, `Give the ${what} id`).max(100);

export const reviewLinkCreateInput = z.object({
  contentItemId: id("content"),
  expiresInDays: z.number().int().min(1, "At least 1 day").max(30, "At most 30 days").default(7),
});
export type ReviewLinkCreateInput = z.output<typeof reviewLinkCreateInput>;

export const reviewLinkListInput = z.object({ contentItemId: id("content") });
export type ReviewLinkListInput = z.output<typeof reviewLinkListInput>;

export const reviewLinkRevokeInput = z.object({ linkId: id("review link") });
export type ReviewLinkRevokeInput = z.output<typeof reviewLinkRevokeInput>;

export const reviewLinkTokenSchema = z.string().trim().min(10, "This review link is incomplete.").max(300);
export const reviewLinkViewInput = z.object({ token: reviewLinkTokenSchema });
export type ReviewLinkViewInput = z.output<typeof reviewLinkViewInput>;

export const reviewLinkDecideInput = z
  .object({
    token: reviewLinkTokenSchema,
    decision: z.enum(["approve", "request_changes"]),
    comment: z.string().trim().max(5000, "Keep the comment under 5000 characters").default(""),
    name: z.string().trim().min(1, "Tell us your name").max(100),
  })
  .refine((v) => v.decision !== "request_changes" || v.comment.length > 0, { path: ["comment"], message: "Say what should change" });
export type ReviewLinkDecideInput = z.output<typeof reviewLinkDecideInput>;
