import "server-only";
import { and, arrayContains, count, desc, eq, sql } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { blogPosts } from "@/server/db/schema";
import { unsafeTextProblem } from "@/server/validation/text";
import { plainText, readingMinutes, renderMarkdown } from "./render-markdown";
import { visiblePosts, visibleSql } from "./visibility";

/** A post in a list (home, tag page, feeds, sitemap). Dates are ISO strings (cache-safe). */
export interface PostSummary {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  authorName: string | null;
  coverImageUrl: string | null;
  coverImageAlt: string | null;
  publishedAt: string;
  updatedAt: string;
  readingMinutes: number;
}

export interface PostPage extends PostSummary {
  html: string;
  description: string;
  seo: { title?: string; description?: string; canonicalUrl?: string; keywords?: string[] } | null;
}

export const pageSize = 10;

const columns = {
  id: blogPosts.id,
  slug: blogPosts.slug,
  title: blogPosts.title,
  excerpt: blogPosts.excerpt,
  tags: blogPosts.tags,
  authorName: blogPosts.authorName,
  coverImageUrl: blogPosts.coverImageUrl,
  coverImageAlt: blogPosts.coverImageAlt,
  publishedAt: blogPosts.publishedAt,
  updatedAt: blogPosts.updatedAt,
  body: blogPosts.body,
};
interface Row {
  id: string;
  slug: string;
  title: string;
  excerpt: string;
  tags: string[];
  authorName: string | null;
  coverImageUrl: string | null;
  coverImageAlt: string | null;
  publishedAt: Date;
  updatedAt: Date;
  body: string;
}

function summary(row: Row): PostSummary {
  const { body, ...rest } = row;
  return {
    ...rest,
    excerpt: row.excerpt || plainText(body).slice(0, 200),
    publishedAt: row.publishedAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
    readingMinutes: readingMinutes(body),
  };
}

/** One page of visible posts, newest first, optionally with a tag. */
export async function listPosts(db: Db, workspaceId: string, options: { page?: number; tag?: string; limit?: number } = {}) {
  const limit = options.limit ?? pageSize;
  const page = Math.max(1, options.page ?? 1);
  // A tag from the URL that PostgreSQL could not store (a NUL byte) matches no post.
  if (options.tag && unsafeTextProblem(options.tag)) return { posts: [], page, totalPages: 1, total: 0 };
  const where = options.tag ? and(visiblePosts(workspaceId), arrayContains(blogPosts.tags, [options.tag])) : visiblePosts(workspaceId);
  const [rows, [total]] = await Promise.all([
    db.select(columns).from(blogPosts).where(where).orderBy(desc(blogPosts.publishedAt), desc(blogPosts.id)).limit(limit).offset((page - 1) * limit),
    db.select({ n: count() }).from(blogPosts).where(where),
  ]);
  const totalPosts = total?.n ?? 0;
  return { posts: rows.map(summary), page, totalPages: Math.max(1, Math.ceil(totalPosts / limit)), total: totalPosts };
}

/** A visible post by slug with its sanitized HTML, or null. */
export async function getPost(db: Db, workspaceId: string, slug: string): Promise<PostPage | null> {
  if (unsafeTextProblem(slug)) return null;
  const [row] = await db
    .select({ ...columns, seo: blogPosts.seo })
    .from(blogPosts)
    .where(and(visiblePosts(workspaceId), eq(blogPosts.slug, slug)));
  if (!row) return null;
  const { seo, ...rest } = row;
  const base = summary(rest);
  const description = seo?.description?.trim() || base.excerpt || plainText(row.body).slice(0, 160);
  return { ...base, html: renderMarkdown(row.body), description, seo: seo ?? null };
}

/** Tags in use on visible posts with their post counts, most used first. */
export async function listTags(db: Db, workspaceId: string): Promise<{ tag: string; posts: number }[]> {
  const { rows } = await db.execute<{ tag: string; posts: number }>(sql`
    select tag, count(*)::int as posts
    from (select unnest(p.tags) as tag from blog_posts p where ${visibleSql(workspaceId)}) t
    group by tag order by posts desc, tag limit 50`);
  return rows;
}
