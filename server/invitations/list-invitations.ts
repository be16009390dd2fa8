import "server-only";
import { and, desc, eq, isNull } from "drizzle-orm";
import { invitations, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";

/** Open invitations of the workspace (pending or expired; not accepted or revoked), newest first. */
export async function listInvitations(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">) {
  const rows = await ctx.db
    .select({
      id: invitations.id,
      email: invitations.email,
      role: invitations.role,
      expiresAt: invitations.expiresAt,
      createdAt: invitations.createdAt,
      inviterName: users.name,
      inviterEmail: users.email,
    })
    .from(invitations)
    .leftJoin(users, eq(users.id, invitations.invitedById))
    .where(and(eq(invitations.workspaceId, ctx.workspace.id), isNull(invitations.acceptedAt), isNull(invitations.revokedAt)))
    .orderBy(desc(invitations.createdAt), desc(invitations.id));
  const now = Date.now();
  return rows.map(({ inviterName, inviterEmail, ...row }) => ({
    ...row,
    invitedBy: inviterEmail ? { name: inviterName, email: inviterEmail } : null,
    status: row.expiresAt.getTime() > now ? ("pending" as const) : ("expired" as const),
  }));
}
