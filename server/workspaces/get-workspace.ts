import "server-only";
import { and, count, eq } from "drizzle-orm";
import { brandBooks, contentItems, memberships, organizationMembers, organizations, workspaces } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import { permissionsOf } from "@/lib/workspaces/permissions";
import type { WorkspaceServiceContext } from "./service-context";

/** The workspace's settings, the caller's workspace and organization roles, permissions, and what it holds so far. */
export async function getWorkspace(ctx: Pick<WorkspaceServiceContext, "db" | "workspace" | "role" | "user">) {
  const [row] = await ctx.db
    .select({
      id: workspaces.id,
      slug: workspaces.slug,
      name: workspaces.name,
      website: workspaces.website,
      onboardedAt: workspaces.onboardedAt,
      welcomedAt: workspaces.welcomedAt,
      createdAt: workspaces.createdAt,
      organization: { id: organizations.id, name: organizations.name, role: organizationMembers.role },
    })
    .from(workspaces)
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .leftJoin(
      organizationMembers,
      and(eq(organizationMembers.organizationId, organizations.id), eq(organizationMembers.userId, ctx.user.id)),
    )
    .where(eq(workspaces.id, ctx.workspace.id));
  if (!row) throw notFound("Workspace");
  const countIn = async (table: typeof memberships | typeof brandBooks | typeof contentItems) => {
    const [result] = await ctx.db.select({ n: count() }).from(table).where(eq(table.workspaceId, ctx.workspace.id));
    return result?.n ?? 0;
  };
  const [members, brandVersions, contentItemCount] = await Promise.all([
    countIn(memberships),
    countIn(brandBooks),
    countIn(contentItems),
  ]);
  return {
    ...row,
    role: ctx.role,
    permissions: [...permissionsOf(ctx.role)],
    counts: { members, brandVersions, contentItems: contentItemCount },
  };
}
