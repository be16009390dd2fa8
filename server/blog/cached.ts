import "server-only";
import { unstable_cache } from "next/cache";
import { db } from "@/server/db/client";
import { sitemapEntries } from "./feeds/sitemap";
import { getPost, listPosts, listTags } from "./posts";
import { findSite } from "./site";
import { postTag, siteSlugTag, siteTag } from "./cache-tags";

/**
 * The public blog's reads, cached by Next.js (the project does not enable Cache Components, so
 * this is unstable_cache) with a tag per blog and per post; /api/blog/revalidate expires them on
 * publish, unpublish and edit. A safety revalidate bounds staleness if a revalidation is lost
 * (e.g. the scheduled publish time of a post passing).
 */
const revalidate = 300;

export const cachedSite = (siteSlug: string) =>
  unstable_cache(() => findSite(db, siteSlug), ["blog-site", siteSlug], { tags: [siteSlugTag(siteSlug)], revalidate })();

export const cachedPosts = (workspaceId: string, page: number, tag?: string) =>
  unstable_cache(() => listPosts(db, workspaceId, { page, tag }), ["blog-posts", workspaceId, String(page), tag ?? ""], {
    tags: [siteTag(workspaceId)],
    revalidate,
  })();

export const cachedTags = (workspaceId: string) =>
  unstable_cache(() => listTags(db, workspaceId), ["blog-tags", workspaceId], { tags: [siteTag(workspaceId)], revalidate })();

export const cachedPost = (workspaceId: string, slug: string) =>
  unstable_cache(() => getPost(db, workspaceId, slug), ["blog-post", workspaceId, slug], {
    tags: [siteTag(workspaceId), postTag(workspaceId, slug)],
    revalidate,
  })();

export const cachedFeedPosts = (workspaceId: string) =>
  unstable_cache(() => listPosts(db, workspaceId, { page: 1, limit: 30 }), ["blog-feed", workspaceId], { tags: [siteTag(workspaceId)], revalidate })();

export const cachedSitemap = (workspaceId: string) =>
  unstable_cache(() => sitemapEntries(db, workspaceId), ["blog-sitemap", workspaceId], { tags: [siteTag(workspaceId)], revalidate })();
