import "server-only";
import { eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { users } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { deletePlanned, planAccountDeletion } from "./plan-account-deletion";
import type { AccountContext } from "./schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * Deletes the signed-in user's account in one transaction: the password (when there is one) and
 * the typed email confirm it; blockers (sole owner of a shared workspace, a running subscription)
 * refuse it with a plain reason and nothing changes. Workspaces and organizations only this user
 * used go with it; every workspace the user leaves records it in its audit log. Sessions, tokens
 * and memberships cascade with the user row, so every session ends at its next request.
 */
export async function deleteAccount(ctx: AccountContext, input: { confirmEmail: string; password?: string }) {
  return transaction(async ({ tx }) => {
    const user = await verifyCurrentPassword(tx, ctx.userId, input.password, "password");
    if (input.confirmEmail.toLowerCase() !== user.email.toLowerCase()) {
      throw new AppError("VALIDATION", "Type your account's email address to confirm.", { field: "confirmEmail" });
    }
    const plan = await planAccountDeletion(tx, ctx.userId);
    if (plan.blockers.length) throw new AppError("CONFLICT", `Your account cannot be deleted yet. ${plan.blockers.join(" ")}`);
    const actor = { userId: ctx.userId, label: "Deleted account", ip: ctx.ip, requestId: ctx.requestId };
    for (const ws of plan.keptWorkspaces) {
      await writeAudit(tx, actor, { organizationId: ws.organizationId, workspaceId: ws.id, action: "member.account_deleted", targetType: "member", targetId: ctx.userId });
    }
    await writeAudit(tx, actor, {
      action: "user.deleted",
      targetType: "user",
      targetId: ctx.userId,
      changes: { workspacesDeleted: plan.workspaceIds, organizationsDeleted: plan.organizationIds, workspacesLeft: plan.keptWorkspaces.length },
    });
    await deletePlanned(tx, plan);
    await tx.delete(users).where(eq(users.id, ctx.userId));
    return { workspacesDeleted: plan.workspaceIds.length, organizationsDeleted: plan.organizationIds.length };
  });
}
