import { XMLParser, XMLValidator } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed } from "@/server/blog/feeds/atom";
import { rssFeed } from "@/server/blog/feeds/rss";
import { robotsTxt, sitemapEntries, sitemapXml } from "@/server/blog/feeds/sitemap";
import { listPosts } from "@/server/blog/posts";
import { findSite } from "@/server/blog/site";
import { db } from "@/server/db/client";
import { blogWorkspace, createPost } from "./blog-factory";

const parser = new XMLParser({ ignoreAttributes: false, isArray: (name) => ["item", "entry", "url", "category"].includes(name) });

function parse(xml: string) {
  expect(XMLValidator.validate(xml)).toBe(true);
  return parser.parse(xml);
}

describe("feeds and sitemap", async () => {
  const { workspace } = await blogWorkspace();
  await createPost(workspace.id, { title: "Tom & Jerry <3 \"quotes\" 'apostrophes'", excerpt: "Ampersands & <angle> brackets\u0007 and control chars", tags: ["a&b", "c<d"] });
  await createPost(workspace.id, { title: "Second post", authorName: null });
  const site = (await findSite(db, workspace.slug))!;
  const { posts } = await listPosts(db, workspace.id, { limit: 30 });

  it("writes well-formed RSS 2.0 with every post, escaped", () => {
    const xml = rssFeed({ site, posts });
    expect(xml).toContain("<title>Tom &amp; Jerry &lt;3 &quot;quotes&quot; &apos;apostrophes&apos;</title>");
    const rss = parse(xml).rss;
    expect(rss["@_version"]).toBe("2.0");
    const items = rss.channel.item as { title: string; link: string; guid: { "#text": string }; pubDate: string; category?: string[] }[];
    expect(items.map((i) => i.title)).toEqual(posts.map((p) => p.title));
    const tom = items.find((i) => i.title.startsWith("Tom"))!;
    expect(tom.link).toMatch(new RegExp(`/blog/${workspace.slug}/`));
    expect(Number.isNaN(Date.parse(tom.pubDate))).toBe(false);
    expect(rss.channel["atom:link"]["@_href"]).toMatch(/\/rss\.xml$/);
  });

  it("decodes escaped text back to the original", () => {
    const decoding = new XMLParser({ ignoreAttributes: false, processEntities: true, htmlEntities: true, isArray: (n) => n === "item" || n === "category" });
    const xml = rssFeed({ site, posts });
    const items = decoding.parse(xml).rss.channel.item as { title: string; category?: string[] }[];
    const tom = items.find((i) => i.title.startsWith("Tom"))!;
    expect(tom.title).toBe("Tom & Jerry <3 \"quotes\" 'apostrophes'");
    expect(tom.category).toEqual(["a&b", "c<d"]);
    expect(xml).not.toContain("\u0007");
  });

  it("writes well-formed Atom with ids, updated and links", () => {
    const feed = parse(atomFeed({ site, posts })).feed;
    expect(feed["@_xmlns"]).toBe("http://www.w3.org/2005/Atom");
    expect(feed.entry).toHaveLength(2);
    for (const entry of feed.entry) {
      expect(entry.id).toMatch(/^http/);
      expect(Number.isNaN(Date.parse(entry.updated))).toBe(false);
      expect(entry.link["@_href"]).toBe(entry.id);
      expect(entry.author.name).toBeTruthy();
    }
  });

  it("writes a valid sitemap and robots.txt pointing at it", async () => {
    const urlset = parse(sitemapXml(site, await sitemapEntries(db, workspace.id))).urlset;
    expect(urlset["@_xmlns"]).toBe("http://www.sitemaps.org/schemas/sitemap/0.9");
    expect(urlset.url).toHaveLength(3);
    expect(robotsTxt(site)).toContain(`Sitemap: http://localhost:3000/blog/${workspace.slug}/sitemap.xml`);
  });

  it("is well-formed for a blog without posts", () => {
    parse(rssFeed({ site, posts: [] }));
    parse(atomFeed({ site, posts: [] }));
    parse(sitemapXml(site, []));
  });
});
