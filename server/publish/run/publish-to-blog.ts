import "server-only";

/**
 * The blog channel's delivery: upserts the item's blog post (one per item; republishing updates
 * it and keeps its slug and first publication time) in the publish transaction, so the post and
 * the delivery record commit together — exactly once, whatever crashes.
 */
import { and, eq, ne } from "drizzle-orm";
import { slugify } from "@/lib/blog/slug";
import { postUrl } from "@/lib/blog/urls";
import type { Db } from "@/server/db/client";
import { verifiedBlogDomain } from "@/server/domains/blog-domain";
import { blogPosts, contentItems, users, workspaces } from "@/server/db/schema";
import type { VersionRow } from "../jobs/resolve-targets";

/** Slugs the blog's own pages use. */
const reservedSlugs = new Set(["search", "tag", "tags", "rss.xml", "atom.xml", "sitemap.xml", "robots.txt", "page"]);

async function freeSlug(tx: Db, workspaceId: string, contentItemId: string, wanted: string): Promise<string> {
  for (let n = 1; n < 1000; n += 1) {
    const candidate = n === 1 && !reservedSlugs.has(wanted) ? wanted : `${wanted}-${n === 1 ? 2 : n}`;
    const [taken] = await tx
      .select({ id: blogPosts.id })
      .from(blogPosts)
      .where(and(eq(blogPosts.workspaceId, workspaceId), eq(blogPosts.slug, candidate), ne(blogPosts.contentItemId, contentItemId)));
    if (!taken) return candidate;
  }
  return `${wanted}-${crypto.randomUUID().slice(0, 8)}`;
}

export async function publishToBlog(tx: Db, job: { id: string; workspaceId: string; contentItemId: string }, version: VersionRow, now = new Date()) {
  const [meta] = await tx
    .select({ site: workspaces.slug, domain: verifiedBlogDomain(workspaces.id), author: users.name })
    .from(contentItems)
    .innerJoin(workspaces, eq(workspaces.id, contentItems.workspaceId))
    .leftJoin(users, eq(users.id, contentItems.createdById))
    .where(and(eq(contentItems.workspaceId, job.workspaceId), eq(contentItems.id, job.contentItemId)));
  const [existing] = await tx
    .select()
    .from(blogPosts)
    .where(and(eq(blogPosts.workspaceId, job.workspaceId), eq(blogPosts.contentItemId, job.contentItemId)))
    .for("update");
  const slug = existing?.slug ?? (await freeSlug(tx, job.workspaceId, job.contentItemId, slugify(version.seo?.slug || version.title)));
  const fields = {
    publishJobId: job.id,
    slug,
    title: version.title,
    excerpt: version.seo?.excerpt ?? "",
    body: version.body,
    tags: (version.seo?.keywords ?? []).map((k) => k.trim().toLowerCase()).filter(Boolean).slice(0, 8),
    authorName: meta?.author ?? null,
    coverImageUrl: version.image?.url ?? null,
    coverImageAlt: version.image?.alt ?? null,
    seo: version.seo ? { title: version.seo.title, description: version.seo.metaDescription, keywords: version.seo.keywords } : null,
    unpublishedAt: null,
  };
  const [post] = existing
    ? await tx.update(blogPosts).set(fields).where(and(eq(blogPosts.workspaceId, job.workspaceId), eq(blogPosts.id, existing.id))).returning()
    : await tx.insert(blogPosts).values({ ...fields, workspaceId: job.workspaceId, contentItemId: job.contentItemId, publishedAt: now }).returning();
  const site = meta?.site ?? "";
  return { externalId: post!.id, permalink: postUrl({ slug: site, domain: meta?.domain }, post!.slug), site, slug: post!.slug };
}
