import "server-only";
import { and, eq, isNull, lte, sql } from "drizzle-orm";
import { blogPosts } from "@/server/db/schema";

/** The only rows a reader may see: this workspace's, published, not unpublished, not in the future. */
export function visiblePosts(workspaceId: string) {
  return and(eq(blogPosts.workspaceId, workspaceId), isNull(blogPosts.unpublishedAt), lte(blogPosts.publishedAt, sql`now()`));
}

/** The same condition as raw SQL for hand-written queries (table alias `p`). */
export function visibleSql(workspaceId: string) {
  return sql`p.workspace_id = ${workspaceId} and p.unpublished_at is null and p.published_at <= now()`;
}
