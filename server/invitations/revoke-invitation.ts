import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { invitations } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError, forbidden, notFound } from "@/server/errors/app-error";
import { assignableRoles } from "@/lib/workspaces/permissions";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { revokeInvitationInput } from "./schemas";

/** Revokes an open invitation so its link stops working (revoking twice is harmless). */
export async function revokeInvitation(
  ctx: WorkspaceServiceContext,
  input: z.output<typeof revokeInvitationInput>,
): Promise<void> {
  await transaction(async ({ tx }) => {
    const [row] = await tx
      .select()
      .from(invitations)
      .where(and(eq(invitations.id, input.invitationId), eq(invitations.workspaceId, ctx.workspace.id)))
      .for("update");
    if (!row) throw notFound("Invitation");
    if (row.acceptedAt) throw new AppError("CONFLICT", "This invitation was already accepted; remove the member instead.");
    if (row.revokedAt) return;
    if (!assignableRoles(ctx.role).includes(row.role)) throw forbidden("Only an owner can revoke an owner invitation.");
    await tx
      .update(invitations)
      .set({ revokedAt: new Date() })
      .where(and(eq(invitations.id, row.id), eq(invitations.workspaceId, ctx.workspace.id)));
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "invitation.revoked",
      targetType: "invitation",
      targetId: row.id,
      changes: { email: row.email, role: row.role },
    });
  });
}
