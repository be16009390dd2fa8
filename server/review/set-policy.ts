import "server-only";

/**
 * Saves the review policy. Changing the steps does not touch existing approvals: an item approved
 * under fewer steps needs the new steps too before the gate lets it move on.
 */
import { writeAudit } from "@/server/audit/write-audit";
import { reviewPolicies } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadPolicy } from "./policy";
import type { SetPolicyInput } from "./schemas";

export async function setReviewPolicy(ctx: WorkspaceServiceContext, input: SetPolicyInput) {
  return transaction(async ({ tx }) => {
    const before = await loadPolicy(tx, ctx.workspace.id);
    const values = { allowSelfApproval: input.allowSelfApproval, steps: input.steps, updatedAt: new Date() };
    await tx
      .insert(reviewPolicies)
      .values({ workspaceId: ctx.workspace.id, ...values })
      .onConflictDoUpdate({ target: reviewPolicies.workspaceId, set: values });
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "review.policy_updated",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      changes: { from: before, to: { allowSelfApproval: input.allowSelfApproval, steps: input.steps } },
    });
    return { allowSelfApproval: input.allowSelfApproval, steps: input.steps };
  });
}
