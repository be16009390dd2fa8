import "server-only";
import { and, desc, eq, isNull, sql, type SQL } from "drizzle-orm";
import { decodeCursor, encodeCursor } from "@/server/pagination/keyset-cursor";
import { notifications } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { NotificationListInput } from "./schemas";

/** The caller's notifications in this workspace, newest first, keyset-paginated. */
export async function listNotifications(ctx: Pick<WorkspaceServiceContext, "db" | "workspace" | "user">, input: NotificationListInput) {
  const conditions: SQL[] = [eq(notifications.workspaceId, ctx.workspace.id), eq(notifications.userId, ctx.user.id)];
  if (input.unreadOnly) conditions.push(isNull(notifications.readAt));
  if (input.cursor) {
    const c = decodeCursor(input.cursor, "the content list");
    conditions.push(sql`(${notifications.createdAt}, ${notifications.id}) < (${c.createdAt}::timestamptz, ${c.id})`);
  }
  const rows = await ctx.db
    .select({
      id: notifications.id,
      kind: notifications.kind,
      title: notifications.title,
      body: notifications.body,
      link: notifications.link,
      readAt: notifications.readAt,
      createdAt: notifications.createdAt,
      cursorTime: sql<string>`${notifications.createdAt}::text`,
    })
    .from(notifications)
    .where(and(...conditions))
    .orderBy(desc(notifications.createdAt), desc(notifications.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorTime: _c, ...n }) => n),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.cursorTime, id: last.id }) : null,
  };
}
