import { env } from "@/env";

/**
 * Every public blog URL is built here. A site is the workspace slug, plus its verified custom
 * domain (issue #9) when it has one: absolute URLs (canonical links, feeds, sitemaps) then name
 * the domain at its root. Paths stay under the app's `/blog/<site>` (they work on both hosts:
 * on the custom domain the proxy redirects them to the clean path).
 */
export type SiteRef = string | { slug: string; domain?: string | null };

const slugOf = (site: SiteRef) => (typeof site === "string" ? site : site.slug);
const domainOf = (site: SiteRef) => (typeof site === "string" ? null : (site.domain ?? null));
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

/** An absolute URL inside the blog: `https://<domain><path>` once verified, else `<APP_URL>/blog/<site><path>`. */
function siteUrl(site: SiteRef, path: string): string {
  const domain = domainOf(site);
  return domain ? `https://${domain}${path || "/"}` : `${base()}${blogPath(site)}${path}`;
}

/** Absolute URLs (canonical links, feeds, sitemaps). */
export function blogUrl(site: SiteRef): string {
  return siteUrl(site, "");
}

export function postUrl(site: SiteRef, slug: string): string {
  return siteUrl(site, `/${encodeURIComponent(slug)}`);
}

export function tagUrl(site: SiteRef, tag: string): string {
  return siteUrl(site, `/tag/${encodeURIComponent(tag)}`);
}

export function feedUrl(site: SiteRef, kind: "rss" | "atom"): string {
  return siteUrl(site, kind === "rss" ? "/rss.xml" : "/atom.xml");
}

export function sitemapUrl(site: SiteRef): string {
  return siteUrl(site, "/sitemap.xml");
}
