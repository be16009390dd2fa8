import "server-only";
import { writeAudit } from "@/server/audit/write-audit";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { deleteMembership } from "./delete-membership";
import { assertNotLastOwner, lockMembers, lockedActorRole } from "./lock-members";

/** The caller leaves the workspace (the last owner cannot). */
export async function leaveWorkspace(ctx: WorkspaceServiceContext): Promise<void> {
  await transaction(async ({ tx }) => {
    const locked = await lockMembers(tx, ctx.workspace.id, [ctx.user.id]);
    const role = lockedActorRole(locked, ctx.user.id);
    assertNotLastOwner(locked, role);
    await deleteMembership(tx, ctx.workspace, ctx.user.id);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "member.left",
      targetType: "member",
      targetId: ctx.user.id,
      changes: { role },
    });
  });
}
