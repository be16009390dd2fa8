import "server-only";
import { and, eq, inArray, isNull } from "drizzle-orm";
import { notifications } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { NotificationMarkReadInput } from "./schemas";

/** Marks the caller's own notifications read (the given ones, or all in this workspace); others' ids are ignored. */
export async function markRead(ctx: Pick<WorkspaceServiceContext, "db" | "workspace" | "user">, input: NotificationMarkReadInput) {
  const mine = and(eq(notifications.workspaceId, ctx.workspace.id), eq(notifications.userId, ctx.user.id), isNull(notifications.readAt));
  const rows = await ctx.db
    .update(notifications)
    .set({ readAt: new Date() })
    .where(input.ids ? and(mine, inArray(notifications.id, input.ids)) : mine)
    .returning({ id: notifications.id });
  return { marked: rows.length };
}
