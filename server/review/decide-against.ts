import "server-only";

/** Request changes / reject: a required comment, the item goes to changes_requested, feedback kept. */
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { assertCurrentVersion, lockItem } from "./lock-item";
import { memberActor } from "./member-actor";
import { liveApprovals, loadPolicy, nextStep } from "./policy";
import { recordDecision } from "./record-decision";
import type { ReviewDecisionInput } from "./schemas";
import { transition } from "./transitions";

export async function decideAgainst(ctx: WorkspaceServiceContext, input: ReviewDecisionInput, kind: "request_changes" | "reject") {
  return transaction(async ({ tx }) => {
    const item = await lockItem(tx, ctx.workspace.id, input.contentItemId);
    transition(item.status, kind);
    assertCurrentVersion(item, input.versionNumber);
    const policy = await loadPolicy(tx, ctx.workspace.id);
    const step = nextStep(policy, await liveApprovals(tx, ctx.workspace.id, item.id, item.currentVersion));
    const result = await recordDecision(tx, ctx.workspace, memberActor(ctx), item, {
      action: kind,
      auditAction: kind === "reject" ? "content.rejected" : "content.changes_requested",
      decision: kind === "reject" ? "rejected" : "changes_requested",
      step: step?.number ?? 1,
      stepName: step?.name ?? policy.steps[0]!.name,
      comment: input.comment,
      score: input.score,
    });
    return { approvalId: result.approval.id, status: result.status };
  });
}
