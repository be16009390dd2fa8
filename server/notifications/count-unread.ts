import "server-only";
import { and, count, eq, isNull } from "drizzle-orm";
import { notifications } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";

export async function countUnread(ctx: Pick<WorkspaceServiceContext, "db" | "workspace" | "user">) {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(notifications)
    .where(and(eq(notifications.workspaceId, ctx.workspace.id), eq(notifications.userId, ctx.user.id), isNull(notifications.readAt)));
  return { unread: row?.n ?? 0 };
}
