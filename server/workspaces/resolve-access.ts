import "server-only";
import { and, eq } from "drizzle-orm";
import { effectiveRole } from "@/server/agency/org-roles";
import { memberships, organizationMembers, workspaces } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import type { Context } from "@/server/trpc/context";
import type { Role } from "@/lib/workspaces/permissions";

export interface WorkspaceRef {
  id: string;
  organizationId: string;
  slug: string;
  name: string;
}

export interface WorkspaceAccess {
  workspace: WorkspaceRef;
  role: Role;
}

/**
 * The caller's role is its membership's or the one its organization role grants (organization
 * owner → owner, admin → admin, member → nothing), whichever is stronger. Neither: NOT_FOUND.
 */
async function load(ctx: Context, userId: string, slug: string): Promise<WorkspaceAccess> {
  const [row] = await ctx.db
    .select({
      id: workspaces.id,
      organizationId: workspaces.organizationId,
      slug: workspaces.slug,
      name: workspaces.name,
      memberRole: memberships.role,
      orgRole: organizationMembers.role,
    })
    .from(workspaces)
    .leftJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .leftJoin(
      organizationMembers,
      and(eq(organizationMembers.organizationId, workspaces.organizationId), eq(organizationMembers.userId, userId)),
    )
    .where(eq(workspaces.slug, slug))
    .limit(1);
  const role = row ? effectiveRole(row.memberRole, row.orgRole) : null;
  if (!row || !role) throw notFound("Workspace");
  const { memberRole: _m, orgRole: _o, ...workspace } = row;
  return { workspace, role };
}

/** Resolves the caller's access to a workspace once per request (cached on the context). */
export function resolveWorkspaceAccess(ctx: Context & { user: { id: string } }, slug: string): Promise<WorkspaceAccess> {
  const key = `${ctx.user.id}:${slug}`;
  let pending = ctx.workspaceCache.get(key) as Promise<WorkspaceAccess> | undefined;
  if (!pending) {
    pending = load(ctx, ctx.user.id, slug);
    ctx.workspaceCache.set(key, pending);
  }
  return pending;
}
