import { and, count, eq } from "drizzle-orm";
import { memberships, organizationMembers, organizations, workspaces } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import { permissionsOf } from "./permissions";
import type { WorkspaceServiceContext } from "./service-context";

/** The workspace's settings, the caller's workspace and organization roles, permissions, and member count. */
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
  const [members] = await ctx.db
    .select({ n: count() })
    .from(memberships)
    .where(eq(memberships.workspaceId, ctx.workspace.id));
  return { ...row, role: ctx.role, permissions: [...permissionsOf(ctx.role)], counts: { members: members?.n ?? 0 } };
}
