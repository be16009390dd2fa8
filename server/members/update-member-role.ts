import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { memberships } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { forbidden, notFound } from "@/server/errors/app-error";
import { assignableRoles, roleLabels } from "@/lib/workspaces/permissions";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { memberIdentity } from "./member-identity";
import { assertNotLastOwner, lockMembers, lockedActorRole } from "./lock-members";
import type { updateRoleInput } from "./schemas";

/**
 * Changes a member's role. Nobody grants a role above their own, only owners change owners,
 * and the last owner cannot be demoted.
 */
export async function updateMemberRole(ctx: WorkspaceServiceContext, input: z.output<typeof updateRoleInput>): Promise<void> {
  await transaction(async ({ tx }) => {
    const locked = await lockMembers(tx, ctx.workspace.id, [ctx.user.id, input.userId]);
    const actorRole = lockedActorRole(locked, ctx.user.id);
    const from = locked.roleOf(input.userId);
    if (!from) throw notFound("Member");
    if (!assignableRoles(actorRole).includes(input.role)) {
      throw forbidden(`Your role cannot grant the ${roleLabels[input.role].label} role.`);
    }
    if (from === "owner" && actorRole !== "owner") throw forbidden("Only an owner can change an owner's role.");
    if (from === input.role) return;
    assertNotLastOwner(locked, from);
    await tx
      .update(memberships)
      .set({ role: input.role })
      .where(and(eq(memberships.workspaceId, ctx.workspace.id), eq(memberships.userId, input.userId)));
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "member.role_changed",
      targetType: "member",
      targetId: input.userId,
      changes: { ...(await memberIdentity(tx, input.userId)), from, to: input.role },
    });
  });
}
