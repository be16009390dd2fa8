import { and, eq } from "drizzle-orm";
import { memberships, workspaces } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import type { Context } from "@/server/trpc/context";
import type { Role } from "./permissions";

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

async function load(ctx: Context, userId: string, slug: string): Promise<WorkspaceAccess> {
  const [row] = await ctx.db
    .select({
      id: workspaces.id,
      organizationId: workspaces.organizationId,
      slug: workspaces.slug,
      name: workspaces.name,
      role: memberships.role,
    })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .where(eq(workspaces.slug, slug))
    .limit(1);
  if (!row) throw notFound("Workspace");
  const { role, ...workspace } = row;
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
