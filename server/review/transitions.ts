import "server-only";

/**
 * The content state machine: every allowed change of content_items.status, by action. Review
 * services move an item only through `transition`; anything not listed here is refused with a
 * CONFLICT naming the action and the current status. (The publish gate trigger in the database
 * additionally refuses approved/scheduled/publishing/published/partially_published without a
 * complete approval of the current version, whoever writes the row.)
 */
import type { contentStatus } from "@/server/db/schema/content";
import { AppError } from "@/server/errors/app-error";

export type ContentStatus = (typeof contentStatus.enumValues)[number];

export const transitions = {
  // generation (server/generation, server/content)
  generation_succeeded: { from: ["generating"], to: "in_review" },
  generation_failed: { from: ["generating"], to: "generation_failed" },
  cancel: { from: ["generating"], to: "cancelled" },
  retry_generation: { from: ["generation_failed"], to: "generating" },
  // review (server/review, server/review-links)
  regenerate: { from: ["in_review", "changes_requested"], to: "generating" },
  edit: { from: ["in_review", "changes_requested", "approved", "scheduled"], to: "in_review" },
  approve: { from: ["in_review"], to: "in_review" },
  approve_final: { from: ["in_review"], to: "approved" },
  approve_and_schedule: { from: ["in_review"], to: "scheduled" },
  schedule: { from: ["approved"], to: "scheduled" },
  unschedule: { from: ["scheduled"], to: "approved" },
  request_changes: { from: ["in_review"], to: "changes_requested" },
  reject: { from: ["in_review"], to: "changes_requested" },
  // publishing (issue #5)
  start_publishing: { from: ["approved", "scheduled"], to: "publishing" },
  publish_succeeded: { from: ["publishing"], to: "published" },
  publish_partially: { from: ["publishing"], to: "partially_published" },
  publish_failed: { from: ["publishing"], to: "failed" },
  retry_publishing: { from: ["failed", "partially_published"], to: "publishing" },
} as const satisfies Record<string, { from: readonly ContentStatus[]; to: ContentStatus }>;

export type ContentAction = keyof typeof transitions;
export const contentActions = Object.keys(transitions) as ContentAction[];

const actionLabels: Record<ContentAction, string> = {
  generation_succeeded: "finish generating",
  generation_failed: "fail the generation of",
  cancel: "cancel",
  retry_generation: "retry the generation of",
  regenerate: "regenerate",
  edit: "edit",
  approve: "approve",
  approve_final: "approve",
  approve_and_schedule: "approve and schedule",
  schedule: "schedule",
  unschedule: "unschedule",
  request_changes: "request changes on",
  reject: "reject",
  start_publishing: "publish",
  publish_succeeded: "mark as published",
  publish_partially: "mark as partially published",
  publish_failed: "mark as failed",
  retry_publishing: "retry publishing",
};

export const statusLabels: Record<ContentStatus, string> = {
  generating: "still generating",
  generation_failed: "a failed generation",
  cancelled: "cancelled",
  in_review: "in review",
  changes_requested: "waiting for changes",
  approved: "approved",
  scheduled: "scheduled",
  publishing: "publishing",
  published: "published",
  partially_published: "partially published",
  failed: "failed to publish",
};

export function canTransition(from: ContentStatus, action: ContentAction): boolean {
  return (transitions[action].from as readonly ContentStatus[]).includes(from);
}

/** The status `action` leads to from `from`, or a CONFLICT explaining why it is not allowed. */
export function transition(from: ContentStatus, action: ContentAction): ContentStatus {
  if (!canTransition(from, action)) {
    throw new AppError("CONFLICT", `You cannot ${actionLabels[action]} content that is ${statusLabels[from]}.`);
  }
  return transitions[action].to;
}
