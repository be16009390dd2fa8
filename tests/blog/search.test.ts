import { describe, expect, it } from "vitest";
import { searchPosts } from "@/server/blog/search";
import { db } from "@/server/db/client";
import { blogWorkspace, createPost } from "./blog-factory";

const site = (workspaceId: string) => ({ workspaceId, language: "english" as const });
const titles = async (workspaceId: string, q: string, extra: { tag?: string; prefix?: boolean } = {}) =>
  (await searchPosts(db, site(workspaceId), { q, ...extra })).hits.map((h) => h.title);

describe("blog search", async () => {
  const { workspace } = await blogWorkspace();
  const ws = workspace.id;
  await createPost(ws, { title: "Usage-based pricing for SaaS", excerpt: "Charge for what customers use.", body: "# Usage-based pricing\n\nMetered billing explained.", tags: ["pricing", "saas"] });
  await createPost(ws, { title: "Hiring your first engineer", excerpt: "A founder's guide.", body: "# Hiring\n\nPricing comes up once, in the offer.", tags: ["hiring"] });
  await createPost(ws, { title: "Seat pricing is not dead", excerpt: "Per-seat plans still work.", body: "# Seats\n\nSeat pricing keeps revenue predictable.", tags: ["pricing"] });
  await createPost(ws, { title: "Onboarding emails that convert", excerpt: "Three emails.", body: "# Emails\n\nWrite a welcome email and a usage nudge.", tags: ["growth"] });

  it("ranks a title match above a body-only match", async () => {
    const result = await titles(ws, "pricing");
    expect(result).toHaveLength(3);
    expect(result.at(-1)).toBe("Hiring your first engineer");
    expect(result.slice(0, 2).sort()).toEqual(["Seat pricing is not dead", "Usage-based pricing for SaaS"]);
  });

  it("matches quoted phrases only in order", async () => {
    expect(await titles(ws, '"seat pricing"')).toEqual(["Seat pricing is not dead"]);
    expect(await titles(ws, '"pricing keeps revenue"')).toEqual(["Seat pricing is not dead"]);
    expect(await titles(ws, '"revenue keeps pricing"')).toEqual([]);
  });

  it("excludes words with a minus", async () => {
    expect((await titles(ws, "pricing -seat")).sort()).toEqual(["Hiring your first engineer", "Usage-based pricing for SaaS"]);
  });

  it("accepts or between words", async () => {
    expect((await titles(ws, "onboarding or hiring")).sort()).toEqual(["Hiring your first engineer", "Onboarding emails that convert"]);
  });

  it("matches the last word as a prefix for search-as-you-type", async () => {
    expect(await titles(ws, "onboa", { prefix: true })).toEqual(["Onboarding emails that convert"]);
    expect(await titles(ws, "onboa")).toEqual([]);
    expect(await titles(ws, "seat pri", { prefix: true })).toEqual(["Seat pricing is not dead"]);
  });

  it("treats operator characters in prefix input as plain text", async () => {
    // Read as the words pricing AND hiring*, never as an injected OR.
    expect(await titles(ws, "pricing') | ('hiring", { prefix: true })).toEqual(["Hiring your first engineer"]);
    expect(await titles(ws, "!!! & |", { prefix: true })).toEqual([]);
  });

  it("filters by tag", async () => {
    expect((await titles(ws, "pricing", { tag: "saas" }))).toEqual(["Usage-based pricing for SaaS"]);
    expect(await titles(ws, "pricing", { tag: "growth" })).toEqual([]);
  });

  it("finds words through stems and tags (weight B)", async () => {
    expect(await titles(ws, "emailing")).toEqual(["Onboarding emails that convert"]);
    expect(await titles(ws, "growth")).toEqual(["Onboarding emails that convert"]);
  });

  it("returns snippets whose only markup is <mark>", async () => {
    await createPost(ws, { title: "Escaping <b>tags</b>", body: "# Escaping\n\nThe <script>alert(1)</script> zebra & friends." });
    const { hits } = await searchPosts(db, site(ws), { q: "zebra" });
    expect(hits).toHaveLength(1);
    expect(hits[0]!.snippet).toContain("<mark>zebra</mark>");
    expect(hits[0]!.snippet.replace(/<\/?mark>/g, "")).not.toMatch(/[<>]/);
  });

  it("returns nothing for an empty or stop-word-only query", async () => {
    expect(await titles(ws, "")).toEqual([]);
    expect(await titles(ws, "the and")).toEqual([]);
  });
});
