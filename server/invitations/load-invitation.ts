import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { invitations, users, workspaces } from "@/server/db/schema";
import { toEpochSeconds, verifyInvitationToken } from "./token";

export type InvitationStatus = "valid" | "expired" | "revoked" | "accepted";

/**
 * Verifies an invitation link and loads its invitation with the workspace and inviter.
 * Returns null when the token is not one we signed (or its row is gone). With `lock`, the
 * invitation row is locked FOR UPDATE until the transaction ends (accepting it twice races).
 */
export async function loadInvitationByToken(db: Db, token: string, options: { lock?: boolean } = {}) {
  const claims = verifyInvitationToken(token);
  if (!claims) return null;
  const query = db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      acceptedAt: invitations.acceptedAt,
      revokedAt: invitations.revokedAt,
      workspace: {
        id: workspaces.id,
        organizationId: workspaces.organizationId,
        slug: workspaces.slug,
        name: workspaces.name,
      },
      inviter: { name: users.name, email: users.email },
    })
    .from(invitations)
    .innerJoin(workspaces, eq(workspaces.id, invitations.workspaceId))
    .leftJoin(users, eq(users.id, invitations.invitedById))
    .where(eq(invitations.id, claims.invitationId));
  const [row] = await (options.lock ? query.for("update", { of: invitations }) : query);
  if (!row || toEpochSeconds(row.expiresAt) !== claims.expiresAtEpoch) return null;
  return { ...row, status: statusOf(row) };
}

export type LoadedInvitation = NonNullable<Awaited<ReturnType<typeof loadInvitationByToken>>>;

export function statusOf(row: { acceptedAt: Date | null; revokedAt: Date | null; expiresAt: Date }): InvitationStatus {
  if (row.acceptedAt) return "accepted";
  if (row.revokedAt) return "revoked";
  if (row.expiresAt.getTime() <= Date.now()) return "expired";
  return "valid";
}
