import "server-only";
import { and, eq, gte, isNull, lte, sql, sum } from "drizzle-orm";
import { z } from "zod";
import type { Db } from "@/server/db/client";
import { blogPosts, blogPostViews, workspaces } from "@/server/db/schema";
import { siteSlugSchema } from "./site";
import { postSlugPattern } from "@/lib/blog/slug";

export const viewBeaconSchema = z.object({
  site: siteSlugSchema,
  slug: z.string().regex(postSlugPattern),
});

/**
 * Counts one view of a visible post for today (UTC). Nothing about the reader is stored: the row
 * is (post, day, count). Returns false when there is no such visible post.
 */
export async function recordView(db: Db, input: z.infer<typeof viewBeaconSchema>, now = new Date()): Promise<boolean> {
  const [post] = await db
    .select({ id: blogPosts.id, workspaceId: blogPosts.workspaceId })
    .from(blogPosts)
    .innerJoin(workspaces, eq(workspaces.id, blogPosts.workspaceId))
    .where(and(eq(workspaces.slug, input.site), eq(blogPosts.slug, input.slug), isNull(blogPosts.unpublishedAt), lte(blogPosts.publishedAt, sql`now()`)));
  if (!post) return false;
  const day = now.toISOString().slice(0, 10);
  await db
    .insert(blogPostViews)
    .values({ postId: post.id, workspaceId: post.workspaceId, day, views: 1 })
    .onConflictDoUpdate({ target: [blogPostViews.postId, blogPostViews.day], set: { views: sql`${blogPostViews.views} + 1` } });
  return true;
}

/** Views of a post since a day (inclusive, UTC), for the learn loop. Another workspace's post counts 0. */
export async function pageViews(db: Db, workspaceId: string, postId: string, since: Date): Promise<number> {
  const [row] = await db
    .select({ views: sum(blogPostViews.views).mapWith(Number) })
    .from(blogPostViews)
    .where(and(eq(blogPostViews.workspaceId, workspaceId), eq(blogPostViews.postId, postId), gte(blogPostViews.day, since.toISOString().slice(0, 10))));
  return row?.views ?? 0;
}

/** Daily views of a post since a day, oldest first (days without views are absent). */
export async function dailyPageViews(db: Db, workspaceId: string, postId: string, since: Date) {
  return db
    .select({ day: blogPostViews.day, views: blogPostViews.views })
    .from(blogPostViews)
    .where(and(eq(blogPostViews.workspaceId, workspaceId), eq(blogPostViews.postId, postId), gte(blogPostViews.day, since.toISOString().slice(0, 10))))
    .orderBy(blogPostViews.day);
}
