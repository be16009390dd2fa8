import "server-only";
import { and, desc, eq, gte, lte, sql, type SQL } from "drizzle-orm";
import type { z } from "zod";
import { auditLog, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { decodeCursor, encodeCursor } from "@/server/pagination/keyset-cursor";
import type { auditListInput } from "./schemas";

/**
 * One page of the workspace's audit log, newest first, keyset-paginated on (created_at, id).
 * Filters go into the same WHERE clause as the workspace id. `from`/`to` are inclusive.
 */
export async function listAudit(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">, input: z.output<typeof auditListInput>) {
  const conditions: SQL[] = [eq(auditLog.workspaceId, ctx.workspace.id)];
  if (input.action) conditions.push(eq(auditLog.action, input.action));
  if (input.actorId) conditions.push(eq(auditLog.actorId, input.actorId));
  if (input.from) conditions.push(gte(auditLog.createdAt, input.from));
  if (input.to) conditions.push(lte(auditLog.createdAt, input.to));
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor, "the audit log");
    conditions.push(sql`(${auditLog.createdAt}, ${auditLog.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id})`);
  }
  const rows = await ctx.db
    .select({
      id: auditLog.id,
      action: auditLog.action,
      targetType: auditLog.targetType,
      targetId: auditLog.targetId,
      changes: auditLog.changes,
      ip: auditLog.ip,
      createdAt: auditLog.createdAt,
      cursorTime: sql<string>`${auditLog.createdAt}::text`,
      label: auditLog.actorLabel,
      actorId: users.id,
      actorName: users.name,
      actorEmail: users.email,
    })
    .from(auditLog)
    .leftJoin(users, eq(users.id, auditLog.actorId))
    .where(and(...conditions))
    .orderBy(desc(auditLog.createdAt), desc(auditLog.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorTime: _cursor, label, actorId, actorName, actorEmail, ...row }) => {
      const actor = actorId && actorEmail ? { id: actorId, name: actorName, email: actorEmail } : null;
      return { ...row, actor, actorLabel: label ?? (actor ? (actor.name ?? actor.email) : "System") };
    }),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.cursorTime, id: last.id }) : null,
  };
}
