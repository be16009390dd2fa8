import { describe, expect, it } from "vitest";
import { writingRequestSchema } from "@/lib/ai/brief";
import { searchPosts } from "@/server/blog/search";
import { maxRanked, weekOf, weeksTsquery } from "@/server/blog/search-candidates";
import { db } from "@/server/db/client";
import { blogPosts, contentItems } from "@/server/db/schema";
import { blogWorkspace, createPost } from "./blog-factory";

const request = writingRequestSchema.parse({ kind: "blog", platforms: [], topic: "Blog", wordCount: 600 });
const day = 86_400_000;
const site = (workspaceId: string) => ({ workspaceId, language: "english" as const });

/** `count` posts published over the last `days` days, newest first; every other one mentions a kettle. */
async function bulkPosts(workspaceId: string, count: number, days: number) {
  const items = await db
    .insert(contentItems)
    .values(Array.from({ length: count }, (_, i) => ({ workspaceId, kind: "blog" as const, status: "in_review" as const, title: `Filler ${i}`, request })))
    .returning({ id: contentItems.id });
  await db.insert(blogPosts).values(
    items.map((item, i) => ({
      workspaceId,
      contentItemId: item.id,
      slug: `filler-${i}`,
      title: `Filler ${i}`,
      body: i % 2 === 0 ? `# Filler ${i}\n\nThe kettle sings.` : `# Filler ${i}\n\nThe teapot waits.`,
      publishedAt: new Date(Date.now() - 60_000 - (i * days * day) / count),
    })),
  );
}

describe("weeks of a recency window", () => {
  it("lists every week from the window's start to now, newest first", () => {
    const now = new Date("2026-11-22T06:00:00Z");
    const start = new Date(now.getTime() - 15 * day);
    const query = weeksTsquery(start, now);
    expect(query.split(" | ")).toHaveLength(weekOf(now) - weekOf(start) + 1);
    expect(query.startsWith(`'#week ${weekOf(now)}'`)).toBe(true);
    expect(weekOf(new Date("1970-01-08T00:00:00Z"))).toBe(1);
  });
});

describe("blog search over a blog larger than the first window", async () => {
  const { workspace } = await blogWorkspace();
  const ws = workspace.id;
  await bulkPosts(ws, 4 * maxRanked + 100, 20);
  const old = await createPost(ws, { title: "Zeppelin kettle from 2023", body: "# Zeppelin\n\nAn old kettle post.", publishedAt: new Date(Date.now() - 3 * 365 * day) });

  it("finds a post older than every window (a rare word falls through to the whole blog)", async () => {
    const { hits, total, capped } = await searchPosts(db, site(ws), { q: "zeppelin" });
    expect(hits.map((h) => h.id)).toEqual([old.id]);
    expect([total, capped]).toEqual([1, false]);
    expect((await searchPosts(db, site(ws), { q: "zepp", prefix: true })).hits.map((h) => h.id)).toEqual([old.id]);
  });

  it("ranks the newest matches of a common word, at most maxRanked of them", async () => {
    const { hits, total, capped } = await searchPosts(db, site(ws), { q: "kettle", limit: 50 });
    expect(total).toBe(maxRanked);
    expect(capped).toBe(true);
    expect(hits).toHaveLength(50);
    // The 2023 title match is outside the newest maxRanked matches: not a candidate.
    expect(hits.map((h) => h.id)).not.toContain(old.id);
    const newestAllowed = Date.now() - (2 * maxRanked * 20 * day) / (4 * maxRanked + 100) - day;
    for (const hit of hits) expect(new Date(hit.publishedAt).getTime()).toBeGreaterThan(newestAllowed);
  });

  it("never matches everything: stop words, the week lexeme's words, a lone exclusion", async () => {
    expect((await searchPosts(db, site(ws), { q: "the" })).hits).toEqual([]);
    expect((await searchPosts(db, site(ws), { q: "week" })).hits).toEqual([]);
    expect((await searchPosts(db, site(ws), { q: `week ${weekOf(new Date())}` })).hits).toEqual([]);
    expect((await searchPosts(db, site(ws), { q: "wee", prefix: true })).hits).toEqual([]);
    expect((await searchPosts(db, site(ws), { q: "#wee", prefix: true })).hits).toEqual([]);
    const { hits } = await searchPosts(db, site(ws), { q: "-kettle", limit: 50 });
    expect(hits).toHaveLength(50);
    for (const hit of hits) expect(hit.title).toMatch(/^Filler \d*[13579]$/);
  });
});
