import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { atomFeed } from "@/server/blog/feeds/atom";
import { rssFeed } from "@/server/blog/feeds/rss";
import { sitemapEntries } from "@/server/blog/feeds/sitemap";
import { getPost, listPosts, listTags } from "@/server/blog/posts";
import { searchPosts } from "@/server/blog/search";
import { findSite } from "@/server/blog/site";
import { pageViews, recordView } from "@/server/blog/views";
import { db } from "@/server/db/client";
import { channels } from "@/server/db/schema";
import { blogWorkspace, createPost } from "./blog-factory";

describe("what readers can see", async () => {
  const a = await blogWorkspace();
  const b = await blogWorkspace();
  const visible = await createPost(a.workspace.id, { title: "Visible walrus post", tags: ["walrus"] });
  const unpublished = await createPost(a.workspace.id, { title: "Unpublished walrus post", tags: ["secret"], unpublishedAt: new Date() });
  const future = await createPost(a.workspace.id, { title: "Future walrus post", tags: ["secret"], publishedAt: new Date(Date.now() + 86_400_000) });
  const other = await createPost(b.workspace.id, { title: "Other workspace walrus post", tags: ["walrus"] });
  const siteA = (await findSite(db, a.workspace.slug))!;
  const hidden = [unpublished.slug, future.slug, other.slug];

  it("lists, tags and pages only the blog's published posts", async () => {
    const list = await listPosts(db, a.workspace.id);
    expect(list.posts.map((p) => p.slug)).toEqual([visible.slug]);
    expect((await listPosts(db, a.workspace.id, { tag: "secret" })).posts).toEqual([]);
    expect((await listTags(db, a.workspace.id)).map((t) => t.tag)).toEqual(["walrus"]);
  });

  it("returns no page for unpublished, future or another workspace's posts", async () => {
    expect(await getPost(db, a.workspace.id, visible.slug)).not.toBeNull();
    for (const slug of hidden) expect(await getPost(db, a.workspace.id, slug)).toBeNull();
  });

  it("never finds them through search", async () => {
    const { hits } = await searchPosts(db, siteA, { q: "walrus" });
    expect(hits.map((h) => h.slug)).toEqual([visible.slug]);
    expect((await searchPosts(db, siteA, { q: "walru", prefix: true })).hits.map((h) => h.slug)).toEqual([visible.slug]);
  });

  it("keeps them out of feeds and the sitemap", async () => {
    const { posts } = await listPosts(db, a.workspace.id, { limit: 30 });
    const documents = [rssFeed({ site: siteA, posts }), atomFeed({ site: siteA, posts }), JSON.stringify(await sitemapEntries(db, a.workspace.id))];
    for (const doc of documents) {
      expect(doc).toContain(visible.slug);
      for (const slug of hidden) expect(doc).not.toContain(slug);
    }
  });

  it("counts views of visible posts only, each under its own workspace", async () => {
    const since = new Date(Date.now() - 86_400_000);
    expect(await recordView(db, { site: a.workspace.slug, slug: visible.slug })).toBe(true);
    expect(await recordView(db, { site: a.workspace.slug, slug: visible.slug })).toBe(true);
    expect(await recordView(db, { site: a.workspace.slug, slug: unpublished.slug })).toBe(false);
    // B's post through A's site is unknown.
    expect(await recordView(db, { site: a.workspace.slug, slug: other.slug })).toBe(false);
    expect(await pageViews(db, a.workspace.id, visible.id, since)).toBe(2);
    expect(await pageViews(db, b.workspace.id, visible.id, since)).toBe(0);
  });

  it("has no site for an unknown slug or a disabled blog channel", async () => {
    expect(await findSite(db, "no-such-blog-anywhere")).toBeNull();
    expect(await findSite(db, "../etc")).toBeNull();
    expect(siteA.title).toContain(a.workspace.name);
    const disabled = await db.update(channels).set({ status: "disabled" }).where(and(eq(channels.workspaceId, b.workspace.id), eq(channels.kind, "blog"))).returning();
    expect(disabled).toHaveLength(1);
    expect(await findSite(db, b.workspace.slug)).toBeNull();
  });
});
