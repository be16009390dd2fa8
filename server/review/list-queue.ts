import "server-only";

/**
 * The review queue: items in review (or waiting for changes), longest waiting first, filtered by
 * kind, target platform, author and age (time since the item last changed), keyset-paginated.
 */
import { and, asc, count, eq, sql, type SQL } from "drizzle-orm";
import { decodeCursor, encodeCursor } from "@/server/pagination/keyset-cursor";
import { contentItems, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewQueueInput } from "./schemas";

const day = sql`interval '1 day'`;
const week = sql`interval '7 days'`;

function ageCondition(age: ReviewQueueInput["age"]): SQL | undefined {
  if (age === "today") return sql`${contentItems.updatedAt} > now() - ${day}`;
  if (age === "week") return sql`${contentItems.updatedAt} <= now() - ${day} and ${contentItems.updatedAt} > now() - ${week}`;
  if (age === "older") return sql`${contentItems.updatedAt} <= now() - ${week}`;
  return undefined;
}

export async function listReviewQueue(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">, input: ReviewQueueInput) {
  const conditions: (SQL | undefined)[] = [eq(contentItems.workspaceId, ctx.workspace.id), eq(contentItems.status, input.status), ageCondition(input.age)];
  if (input.kind) conditions.push(eq(contentItems.kind, input.kind));
  if (input.authorId) conditions.push(eq(contentItems.createdById, input.authorId));
  if (input.platform) conditions.push(sql`${contentItems.request}->'platforms' @> ${JSON.stringify([input.platform])}::jsonb`);
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor, "the content list");
    conditions.push(sql`(${contentItems.updatedAt}, ${contentItems.id}) > (${cursor.createdAt}::timestamptz, ${cursor.id})`);
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
      waitingSince: contentItems.updatedAt,
      cursorTime: sql<string>`${contentItems.updatedAt}::text`,
      authorId: users.id,
      authorName: users.name,
      authorEmail: users.email,
    })
    .from(contentItems)
    .leftJoin(users, eq(users.id, contentItems.createdById))
    .where(and(...conditions))
    .orderBy(asc(contentItems.updatedAt), asc(contentItems.id))
    .limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  return {
    items: page.map(({ cursorTime: _c, request, authorId, authorName, authorEmail, ...item }) => ({
      ...item,
      platforms: request.platforms,
      topic: request.topic,
      author: authorId ? { id: authorId, name: authorName, email: authorEmail ?? "" } : null,
    })),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.cursorTime, id: last.id }) : null,
  };
}

export async function countInReview(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">) {
  const [row] = await ctx.db
    .select({ n: count() })
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, ctx.workspace.id), eq(contentItems.status, "in_review")));
  return row?.n ?? 0;
}
