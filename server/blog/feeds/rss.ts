import "server-only";
import { blogUrl, feedUrl, postUrl } from "@/lib/blog/urls";
import { languageCodes, type FeedInput } from "@/lib/blog/feeds/feed-input";
import { htmlTextCdata, xml, xmlHeader } from "./xml";

/**
 * RSS 2.0 with an atom:link to itself (as the RSS Advisory Board recommends). Titles are plain
 * text (escaped once); descriptions are HTML to readers, so they carry the excerpt as escaped HTML.
 */
export function rssFeed({ site, posts }: FeedInput): string {
  const updated = posts[0]?.updatedAt ?? new Date(0).toISOString();
  const items = posts
    .map((p) => {
      const url = postUrl(site, p.slug);
      const categories = p.tags.map((t) => `      <category>${xml(t)}</category>\n`).join("");
      return (
        `    <item>\n      <title>${xml(p.title)}</title>\n      <link>${xml(url)}</link>\n` +
        `      <guid isPermaLink="true">${xml(url)}</guid>\n      <pubDate>${new Date(p.publishedAt).toUTCString()}</pubDate>\n` +
        (p.authorName ? `      <dc:creator>${xml(p.authorName)}</dc:creator>\n` : "") +
        categories +
        `      <description>${htmlTextCdata(p.excerpt)}</description>\n    </item>\n`
      );
    })
    .join("");
  return (
    xmlHeader +
    `<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" xmlns:dc="http://purl.org/dc/elements/1.1/">\n  <channel>\n` +
    `    <title>${xml(site.title)}</title>\n    <link>${xml(blogUrl(site))}</link>\n` +
    `    <description>${htmlTextCdata(site.description)}</description>\n    <language>${languageCodes[site.language] ?? "en"}</language>\n` +
    `    <lastBuildDate>${new Date(updated).toUTCString()}</lastBuildDate>\n` +
    `    <atom:link href="${xml(feedUrl(site, "rss"))}" rel="self" type="application/rss+xml"/>\n` +
    items +
    `  </channel>\n</rss>\n`
  );
}
