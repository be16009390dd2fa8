import { eq } from "drizzle-orm";
import { XMLParser } from "fast-xml-parser";
import { describe, expect, it } from "vitest";
import { atomFeed } from "@/server/blog/feeds/atom";
import { rssFeed } from "@/server/blog/feeds/rss";
import { robotsTxt, sitemapEntries, sitemapXml } from "@/server/blog/feeds/sitemap";
import { listPosts } from "@/server/blog/posts";
import { findSite } from "@/server/blog/site";
import { blogPath, blogUrl, feedUrl, postPath, postUrl, tagUrl } from "@/lib/blog/urls";
import { db } from "@/server/db/client";
import { customDomains } from "@/server/db/schema";
import { createOwner, unique } from "../factories/users";
import { createPost } from "../blog/blog-factory";

const parse = (xml: string) => new XMLParser({ ignoreAttributes: false }).parse(xml);

async function blogWithDomain(status: "pending" | "verified") {
  const { workspace, organization } = await createOwner();
  const host = `${unique("blog")}.acme.test`;
  await db.insert(customDomains).values({ organizationId: organization.id, workspaceId: workspace.id, kind: "blog", host, token: "t", status });
  const post = await createPost(workspace.id, { slug: "hello-world", title: "Hello" });
  return { workspace, host, post };
}

describe("blog URLs with a custom domain", () => {
  it("name the verified domain at its root; paths stay under /blog/<site>", () => {
    const site = { slug: "acme", domain: "blog.acme.test" };
    expect(blogUrl(site)).toBe("https://blog.acme.test/");
    expect(postUrl(site, "my post")).toBe("https://blog.acme.test/my%20post");
    expect(tagUrl(site, "news")).toBe("https://blog.acme.test/tag/news");
    expect(feedUrl(site, "rss")).toBe("https://blog.acme.test/rss.xml");
    expect(postPath(site, "p")).toBe("/blog/acme/p");
    expect(blogUrl({ slug: "acme", domain: null })).toBe("http://localhost:3000/blog/acme");
    expect(postUrl("acme", "p")).toBe("http://localhost:3000/blog/acme/p");
    expect(blogPath(site)).toBe("/blog/acme");
  });

  it("the site lookup carries the domain only once it is verified", async () => {
    const pending = await blogWithDomain("pending");
    expect((await findSite(db, pending.workspace.slug))!.domain).toBeNull();
    const verified = await blogWithDomain("verified");
    expect((await findSite(db, verified.workspace.slug))!.domain).toBe(verified.host);
    await db.update(customDomains).set({ status: "failed" }).where(eq(customDomains.host, verified.host));
    expect((await findSite(db, verified.workspace.slug))!.domain).toBeNull();
  });

  it("feeds, sitemap and robots.txt point at the custom domain", async () => {
    const { workspace, host } = await blogWithDomain("verified");
    const site = (await findSite(db, workspace.slug))!;
    const { posts } = await listPosts(db, workspace.id, { page: 1, limit: 30 });
    const rss = parse(rssFeed({ site, posts })).rss.channel;
    expect(rss.link).toBe(`https://${host}/`);
    expect(rss["atom:link"]["@_href"]).toBe(`https://${host}/rss.xml`);
    expect(rss.item.link).toBe(`https://${host}/hello-world`);
    const atom = parse(atomFeed({ site, posts })).feed;
    expect(atom.entry.id).toBe(`https://${host}/hello-world`);
    const urls = parse(sitemapXml(site, await sitemapEntries(db, workspace.id))).urlset.url;
    expect(urls.map((u: { loc: string }) => u.loc)).toEqual([`https://${host}/`, `https://${host}/hello-world`]);
    expect(robotsTxt(site)).toContain(`Sitemap: https://${host}/sitemap.xml`);
  });
});
