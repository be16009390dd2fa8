import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { auditLog, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";

/** The actions and people that occur in the workspace's audit log, for the filter menus. */
export async function auditFilters(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">) {
  const [actions, actors] = await Promise.all([
    ctx.db
      .selectDistinct({ action: auditLog.action })
      .from(auditLog)
      .where(eq(auditLog.workspaceId, ctx.workspace.id))
      .orderBy(asc(auditLog.action)),
    ctx.db
      .selectDistinct({ id: users.id, name: users.name, email: users.email, sortKey: sql<string>`lower(coalesce(${users.name}, ${users.email}))` })
      .from(auditLog)
      .innerJoin(users, eq(users.id, auditLog.actorId))
      .where(eq(auditLog.workspaceId, ctx.workspace.id))
      .orderBy(sql`lower(coalesce(${users.name}, ${users.email}))`, asc(users.email)),
  ]);
  return { actions: actions.map((a) => a.action), actors: actors.map(({ sortKey: _sortKey, ...actor }) => actor) };
}
