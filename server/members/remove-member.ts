import "server-only";
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { transaction } from "@/server/db/transaction";
import { forbidden, notFound } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { deleteMembership } from "./delete-membership";
import { memberIdentity } from "./member-identity";
import { assertNotLastOwner, lockMembers, lockedActorRole } from "./lock-members";
import type { removeMemberInput } from "./schemas";

/** Removes a member from the workspace; only owners remove owners, and never the last one. */
export async function removeMember(ctx: WorkspaceServiceContext, input: z.output<typeof removeMemberInput>): Promise<void> {
  await transaction(async ({ tx }) => {
    const locked = await lockMembers(tx, ctx.workspace.id, [ctx.user.id, input.userId]);
    const actorRole = lockedActorRole(locked, ctx.user.id);
    const role = locked.roleOf(input.userId);
    if (!role) throw notFound("Member");
    if (role === "owner" && actorRole !== "owner") throw forbidden("Only an owner can remove an owner.");
    assertNotLastOwner(locked, role);
    await deleteMembership(tx, ctx.workspace, input.userId);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "member.removed",
      targetType: "member",
      targetId: input.userId,
      changes: { ...(await memberIdentity(tx, input.userId)), role },
    });
  });
}
