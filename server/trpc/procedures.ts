import "server-only";
import { z } from "zod";
import { AppError, forbidden } from "@/server/errors/app-error";
import { resolveWorkspaceAccess } from "@/server/workspaces/resolve-access";
import { can, type Permission } from "@/lib/workspaces/permissions";
import { baseProcedure } from "./init";

export const publicProcedure = baseProcedure;

export const authedProcedure = baseProcedure.use(({ ctx, next }) => {
  if (!ctx.user) throw new AppError("UNAUTHORIZED", "Please sign in to continue.");
  return next({ ctx: { ...ctx, user: ctx.user } });
});

export const workspaceSlugInput = z.object({ workspaceSlug: z.string().min(1).max(64) });

/**
 * A procedure inside one workspace. The workspace comes from the URL slug in the input and is
 * checked against the caller's membership; a workspace the caller does not belong to is
 * NOT_FOUND (its existence is not revealed), a role without `permission` is FORBIDDEN.
 */
export function workspaceProcedure(permission: Permission) {
  return authedProcedure.input(workspaceSlugInput).use(async ({ ctx, input, next }) => {
    const access = await resolveWorkspaceAccess(ctx, input.workspaceSlug);
    if (!can(access.role, permission)) throw forbidden();
    return next({ ctx: { ...ctx, workspace: access.workspace, role: access.role } });
  });
}
