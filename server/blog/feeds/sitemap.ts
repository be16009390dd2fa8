import "server-only";
import { desc } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { blogPosts } from "@/server/db/schema";
import type { BlogSite } from "../site";
import { blogUrl, postUrl, sitemapUrl } from "@/lib/blog/urls";
import { visiblePosts } from "../visibility";
import { xml, xmlHeader } from "./xml";

/** The sitemap protocol allows 50,000 URLs per file. */
const maxUrls = 50_000;

export async function sitemapEntries(db: Db, workspaceId: string) {
  const rows = await db
    .select({ slug: blogPosts.slug, updatedAt: blogPosts.updatedAt })
    .from(blogPosts)
    .where(visiblePosts(workspaceId))
    .orderBy(desc(blogPosts.publishedAt))
    .limit(maxUrls - 1);
  return rows.map((r) => ({ slug: r.slug, updatedAt: r.updatedAt.toISOString() }));
}

export function sitemapXml(site: Pick<BlogSite, "slug" | "domain">, entries: { slug: string; updatedAt: string }[]): string {
  const urls = [
    `  <url><loc>${xml(blogUrl(site))}</loc>${entries[0] ? `<lastmod>${entries[0].updatedAt}</lastmod>` : ""}</url>\n`,
    ...entries.map((e) => `  <url><loc>${xml(postUrl(site, e.slug))}</loc><lastmod>${e.updatedAt}</lastmod></url>\n`),
  ];
  return xmlHeader + `<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join("")}</urlset>\n`;
}

export function robotsTxt(site: Pick<BlogSite, "slug" | "domain">): string {
  return `User-agent: *\nAllow: /\nDisallow: /api/\n\nSitemap: ${sitemapUrl(site)}\n`;
}
