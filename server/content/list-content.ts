import "server-only";

/**
 * The workspace's content, newest first, keyset-paginated, optionally filtered by status and
 * kind; each item with its latest run (status, stage, percent) for the list's progress column.
 */
import { and, desc, eq, inArray, sql, type SQL } from "drizzle-orm";
import { contentItems, generationRuns, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { decodeCursor, encodeCursor } from "@/server/pagination/keyset-cursor";
import type { ContentListInput } from "./schemas";

export async function listContent(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">, input: ContentListInput) {
  const conditions: SQL[] = [eq(contentItems.workspaceId, ctx.workspace.id)];
  if (input.status) conditions.push(eq(contentItems.status, input.status));
  if (input.kind) conditions.push(eq(contentItems.kind, input.kind));
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor, "the content list");
    conditions.push(sql`(${contentItems.createdAt}, ${contentItems.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id})`);
  }
  const rows = await ctx.db
    .select({
      id: contentItems.id,
      kind: contentItems.kind,
      status: contentItems.status,
      title: contentItems.title,
      request: contentItems.request,
      currentVersion: contentItems.currentVersion,
      createdAt: contentItems.createdAt,
      updatedAt: contentItems.updatedAt,
      cursorTime: sql<string>`${contentItems.createdAt}::text`,
      creatorId: users.id,
      creatorName: users.name,
      creatorEmail: users.email,
    })
    .from(contentItems)
    .leftJoin(users, eq(users.id, contentItems.createdById))
    .where(and(...conditions))
    .orderBy(desc(contentItems.createdAt), desc(contentItems.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const ids = page.map((r) => r.id);
  const runs = ids.length
    ? await ctx.db
        .selectDistinctOn([generationRuns.contentItemId], {
          contentItemId: generationRuns.contentItemId,
          id: generationRuns.id,
          status: generationRuns.status,
          stage: generationRuns.stage,
          percent: generationRuns.percent,
        })
        .from(generationRuns)
        .where(and(eq(generationRuns.workspaceId, ctx.workspace.id), inArray(generationRuns.contentItemId, ids)))
        .orderBy(generationRuns.contentItemId, desc(generationRuns.createdAt))
    : [];
  const latest = new Map(runs.map(({ contentItemId, ...run }) => [contentItemId, run]));
  const last = page.at(-1);
  return {
    items: page.map(({ cursorTime: _cursor, request, creatorId, creatorName, creatorEmail, ...item }) => ({
      ...item,
      createdBy: creatorId ? { id: creatorId, name: creatorName, email: creatorEmail ?? "" } : null,
      platforms: request.platforms,
      topic: request.topic,
      latestRun: latest.get(item.id) ?? null,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.cursorTime, id: last.id }) : null,
  };
}
