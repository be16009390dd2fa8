import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { invitations, memberships, organizationMembers } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import type { UserActor } from "@/server/workspaces/service-context";
import type { LoadedInvitation } from "./load-invitation";

export const invalidInvitationMessage = "This invitation link is not valid. Ask the person who invited you for a new one.";

/** Refuses an invitation that cannot be used any more, with a message saying why. */
export function assertUsable(invitation: LoadedInvitation): void {
  const inviter = invitation.inviter?.name ?? invitation.inviter?.email ?? "the person who invited you";
  if (invitation.status === "accepted") throw new AppError("CONFLICT", "This invitation has already been accepted.");
  if (invitation.status === "revoked") throw new AppError("CONFLICT", `This invitation was withdrawn. Ask ${inviter} for a new one.`);
  if (invitation.status === "expired") throw new AppError("CONFLICT", `This invitation has expired. Ask ${inviter} for a new one.`);
}

/**
 * Makes the user a member of the invited workspace with the invited role (and a member of its
 * organization), marks the invitation accepted and records it. Call it inside the transaction
 * that locked the invitation. A user who is already a member keeps their role.
 */
export async function joinByInvitation(tx: Tx, actor: UserActor, invitation: LoadedInvitation): Promise<{ workspaceSlug: string }> {
  assertUsable(invitation);
  const { workspace } = invitation;
  const joined = await tx
    .insert(memberships)
    .values({ workspaceId: workspace.id, userId: actor.userId, role: invitation.role })
    .onConflictDoNothing()
    .returning({ role: memberships.role });
  await tx
    .insert(organizationMembers)
    .values({ organizationId: workspace.organizationId, userId: actor.userId, role: "member" })
    .onConflictDoNothing();
  await tx
    .update(invitations)
    .set({ acceptedAt: new Date(), acceptedById: actor.userId })
    .where(and(eq(invitations.id, invitation.id), eq(invitations.workspaceId, workspace.id)));
  await writeAudit(tx, actor, {
    organizationId: workspace.organizationId,
    workspaceId: workspace.id,
    action: "invitation.accepted",
    targetType: "invitation",
    targetId: invitation.id,
    changes: { email: invitation.email, role: invitation.role, ...(joined.length === 0 ? { alreadyMember: true } : {}) },
  });
  return { workspaceSlug: workspace.slug };
}
