import { env } from "@/env";

/**
 * Every public blog URL is built here, so a custom domain (issue #9) changes one module.
 * A site is the workspace slug today.
 */
export type SiteRef = string | { slug: string };

const slugOf = (site: SiteRef) => (typeof site === "string" ? site : site.slug);
const base = () => env.APP_URL.replace(/\/+$/, "");

/** Path of the blog home, relative to the app origin (for links inside the app). */
export function blogPath(site: SiteRef): string {
  return `/blog/${encodeURIComponent(slugOf(site))}`;
}

export function postPath(site: SiteRef, slug: string): string {
  return `${blogPath(site)}/${encodeURIComponent(slug)}`;
}

export function tagPath(site: SiteRef, tag: string): string {
  return `${blogPath(site)}/tag/${encodeURIComponent(tag)}`;
}

/** Absolute URLs (canonical links, feeds, sitemaps). */
export function blogUrl(site: SiteRef): string {
  return `${base()}${blogPath(site)}`;
}

export function postUrl(site: SiteRef, slug: string): string {
  return `${base()}${postPath(site, slug)}`;
}

export function tagUrl(site: SiteRef, tag: string): string {
  return `${base()}${tagPath(site, tag)}`;
}

export function feedUrl(site: SiteRef, kind: "rss" | "atom"): string {
  return `${blogUrl(site)}/${kind === "rss" ? "rss.xml" : "atom.xml"}`;
}

export function sitemapUrl(site: SiteRef): string {
  return `${blogUrl(site)}/sitemap.xml`;
}
