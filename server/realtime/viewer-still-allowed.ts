import "server-only";
import { and, eq, gt, isNull } from "drizzle-orm";
import { userSessions } from "@/server/db/schema";
import type { Context, SessionUser } from "@/server/trpc/context";
import { can, type Permission } from "@/lib/workspaces/permissions";
import { resolveWorkspaceAccess } from "@/server/workspaces/resolve-access";

/**
 * For a long-lived stream: re-reads, without the request's cache, whether the caller may still
 * see the workspace (membership or agency role, `permission`) and whether their session is still
 * live (not signed out, not ended by a password change). A stream checks it at every wake-up, so a
 * removed member's stream closes at the next event.
 */
export function viewerStillAllowed(ctx: Context & { user: SessionUser }, slug: string, permission: Permission) {
  return async (): Promise<boolean> => {
    try {
      const access = await resolveWorkspaceAccess({ ...ctx, workspaceCache: new Map() }, slug);
      if (!can(access.role, permission)) return false;
    } catch {
      return false;
    }
    if (!ctx.user.sessionId) return true;
    const [live] = await ctx.db
      .select({ id: userSessions.id })
      .from(userSessions)
      .where(and(eq(userSessions.id, ctx.user.sessionId), eq(userSessions.userId, ctx.user.id), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, new Date())))
      .limit(1);
    return Boolean(live);
  };
}
