import "server-only";

/**
 * What a client link may do on its item. Rule: request changes whenever the item is in review (at
 * any step); approve only when the policy's next step is a client step, so a link can never stand
 * in for a member's approval. A workspace without a client step in its policy therefore gets
 * feedback from clients, and approvals from its members.
 */
import type { NextStep } from "@/server/review/policy";
import type { ContentStatus } from "@/server/review/transitions";

export function clientAbilities(status: ContentStatus, next: NextStep | null) {
  const inReview = status === "in_review";
  const approve = inReview && next?.kind === "client";
  let reason: string | null = null;
  if (!inReview) reason = status === "changes_requested" ? "Changes were requested; the team is working on a new version." : "This content is not waiting for review.";
  else if (!approve) reason = next ? `The team's step “${next.name}” comes first; you can still request changes.` : "No approval step is waiting.";
  return { approve, requestChanges: inReview && next !== null, reason };
}
