import "server-only";
import { blogUrl, feedUrl, postUrl } from "@/lib/blog/urls";
import { languageCodes, type FeedInput } from "@/lib/blog/feeds/feed-input";
import { xml, xmlHeader } from "./xml";

/** Atom 1.0 (RFC 4287): id, title, updated, author and links on the feed and each entry. */
export function atomFeed({ site, posts }: FeedInput): string {
  const updated = posts.reduce((max, p) => (p.updatedAt > max ? p.updatedAt : max), new Date(0).toISOString());
  const entries = posts
    .map((p) => {
      const url = postUrl(site, p.slug);
      return (
        `  <entry>\n    <id>${xml(url)}</id>\n    <title>${xml(p.title)}</title>\n` +
        `    <link rel="alternate" type="text/html" href="${xml(url)}"/>\n` +
        `    <published>${p.publishedAt}</published>\n    <updated>${p.updatedAt}</updated>\n` +
        `    <author><name>${xml(p.authorName || site.title)}</name></author>\n` +
        p.tags.map((t) => `    <category term="${xml(t)}"/>\n`).join("") +
        `    <summary type="text">${xml(p.excerpt)}</summary>\n  </entry>\n`
      );
    })
    .join("");
  return (
    xmlHeader +
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${languageCodes[site.language] ?? "en"}">\n` +
    `  <id>${xml(blogUrl(site))}</id>\n  <title>${xml(site.title)}</title>\n  <subtitle>${xml(site.description)}</subtitle>\n` +
    `  <updated>${updated}</updated>\n  <author><name>${xml(site.title)}</name></author>\n` +
    `  <link rel="alternate" type="text/html" href="${xml(blogUrl(site))}"/>\n` +
    `  <link rel="self" type="application/atom+xml" href="${xml(feedUrl(site, "atom"))}"/>\n` +
    entries +
    `</feed>\n`
  );
}
