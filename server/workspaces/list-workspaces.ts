import { asc, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { memberships, organizations, workspaces } from "@/server/db/schema";
import type { SessionUser } from "@/server/trpc/context";

/** The workspaces the user belongs to, with their role in each, sorted by name. */
export async function listWorkspaces(ctx: { db: Db; user: SessionUser }) {
  const rows = await ctx.db
    .select({
      id: workspaces.id,
      slug: workspaces.slug,
      name: workspaces.name,
      role: memberships.role,
      organizationId: organizations.id,
      organizationName: organizations.name,
      onboardedAt: workspaces.onboardedAt,
    })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .where(eq(memberships.userId, ctx.user.id))
    .orderBy(asc(workspaces.name), asc(workspaces.slug));
  return rows.map(({ onboardedAt, ...row }) => ({ ...row, onboarded: onboardedAt !== null }));
}
