import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { memberships, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";

/** The workspace's members, owners first, then by name. */
export async function listMembers(ctx: Pick<WorkspaceServiceContext, "db" | "workspace" | "user">) {
  const rows = await ctx.db
    .select({
      userId: memberships.userId,
      name: users.name,
      email: users.email,
      role: memberships.role,
      joinedAt: memberships.createdAt,
    })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspace.id))
    .orderBy(asc(memberships.role), asc(sql`lower(coalesce(${users.name}, ${users.email}))`), asc(users.email));
  return rows.map((row) => ({ ...row, isYou: row.userId === ctx.user.id }));
}
