import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { writingBriefSchema, type WritingBrief } from "@/lib/ai/brief";
import { checkDraft } from "../check-draft";
import { findAvoidedWords } from "../platforms/check-post";
import { platformIds, platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";
import { countWords, wordWindow } from "@/lib/ai/platforms/word-count";
import { critiqueSchema, draftSchema, imagePromptSchema, outlineSchema, researchNotesSchema, seoSchema, type Draft } from "../stage-schemas";
import { writeOffline } from "./offline-writer";

const brand = {
  voice: "Warm, plain-spoken, no jargon.",
  audience: "Founders of small B2B SaaS companies",
  pillars: ["customer retention", "pricing strategy"],
  avoidWords: ["synergy", "revolutionary"],
  hashtags: ["#SaaS", "growth", "bootstrapped"],
  examples: ["We doubled trial conversions by asking one question at signup."],
  ctas: ["Book a free pricing review"],
};
const threadable = platformIds.filter((p) => platformRules[p].threads);

function brief(request: Record<string, unknown>): WritingBrief {
  return writingBriefSchema.parse({ brand, request: { topic: "Usage-based pricing for early-stage SaaS", keywords: ["pricing page", "churn"], tone: "friendly", ...request } });
}
const draftOf = (b: WritingBrief) => draftSchema.parse(writeOffline({ stage: "draft", brief: b }).object);
const errors = (b: WritingBrief, d: Draft) => checkDraft(b, d).filter((p) => p.severity === "error");

describe("offline writer: limits and word counts", () => {
  it("every kind and every platform: within limits and the strict word window", () => {
    const cases: Record<string, unknown>[] = [
      ...[60, 300, 1200, 3000].map((wordCount) => ({ kind: "blog", wordCount })),
      ...[5, 15, 40, 120, 400].map((wordCount) => ({ kind: "social", platforms: [...platformIds], wordCount })),
      ...[20, 150, 600].map((wordCount) => ({ kind: "thread", platforms: threadable, wordCount })),
      ...platformIds.map((p) => ({ kind: "social", platforms: [p], wordCount: 80 })),
    ];
    for (const request of cases) {
      for (const tolerancePct of [5, 10, 20]) {
        const b = brief({ ...request, tolerancePct, strict: true });
        expect(errors(b, draftOf(b)), JSON.stringify(request)).toEqual([]);
      }
    }
  });

  it("holds for random topics, keywords, platforms, word counts and tolerances (property)", () => {
    const word = fc.constantFrom("pricing", "retention", "naïve", "café", "onboarding", "AI", "SaaS", "日本", "weekly", "review", "how", "to", "grow", "teams");
    const phrase = fc.array(word, { minLength: 1, maxLength: 6 }).map((w) => w.join(" "));
    const request = fc.oneof(
      fc.record({ kind: fc.constant("blog"), platforms: fc.constant([] as PlatformId[]), wordCount: fc.integer({ min: 50, max: 2500 }) }),
      fc.record({ kind: fc.constant("social"), platforms: fc.subarray([...platformIds], { minLength: 1 }), wordCount: fc.integer({ min: 5, max: 600 }) }),
      fc.record({ kind: fc.constant("thread"), platforms: fc.subarray(threadable, { minLength: 1 }), wordCount: fc.integer({ min: 5, max: 800 }) }),
    );
    const brandArb = fc.record({
      audience: fc.constantFrom("", "Designers", "Heads of marketing at mid-size retailers in Europe and beyond, mostly"),
      pillars: fc.array(phrase, { maxLength: 3 }),
      ctas: fc.constantFrom([], ["Subscribe"], ["Read the full guide on our blog and tell us what you think about it"]),
      hashtags: fc.constantFrom([], ["#a"], ["DesignOps", "#UX", "research"]),
      avoidWords: fc.constantFrom([], ["simple"], ["week", "team", "start"]),
    });
    fc.assert(
      fc.property(request, phrase, fc.array(phrase, { maxLength: 4 }), fc.integer({ min: 5, max: 20 }), brandArb, (req, topic, keywords, tolerancePct, brandPart) => {
        const b = writingBriefSchema.parse({
          brand: { ...brand, ...brandPart },
          request: { ...req, topic: `${topic} ideas`, keywords, tolerancePct, strict: true, tone: "friendly" },
        });
        const d = draftOf(b);
        expect(errors(b, d)).toEqual([]);
        const { min, max } = wordWindow(b.request.wordCount, tolerancePct);
        expect(countWords(d.body)).toBeGreaterThanOrEqual(min);
        expect(countWords(d.body)).toBeLessThanOrEqual(max);
      }),
      { numRuns: Number(process.env.OFFLINE_RUNS ?? 150) },
    );
  });

  it("never uses an avoided word, even when the brand avoids words our templates like", () => {
    const b = writingBriefSchema.parse({
      brand: { ...brand, avoidWords: ["simple", "habit", "week", "team", "small"] },
      request: { kind: "blog", topic: "Pricing experiments", keywords: ["pricing page"], wordCount: 500, tolerancePct: 10, strict: true, tone: "bold" },
    });
    const d = draftOf(b);
    expect(findAvoidedWords(d.body, b.brand.avoidWords)).toEqual([]);
    expect(errors(b, d)).toEqual([]);
  });
});

describe("offline writer: structure", () => {
  it("produces schema-valid output for every stage", () => {
    const b = brief({ kind: "blog", wordCount: 700 });
    const schemas = { research: researchNotesSchema, outline: outlineSchema, draft: draftSchema, critique: critiqueSchema, revise: draftSchema, seo: seoSchema, image: imagePromptSchema };
    for (const [stage, schema] of Object.entries(schemas)) {
      expect(() => schema.parse(writeOffline({ stage: stage as keyof typeof schemas, brief: b }).object), stage).not.toThrow();
    }
  });

  it("writes a blog post with one H1, sections and the brand's call to action; reads like prose", () => {
    const d = draftOf(brief({ kind: "blog", wordCount: 800 }));
    const lines = d.body.split("\n");
    expect(lines.filter((l) => l.startsWith("# "))).toHaveLength(1);
    expect(lines.filter((l) => l.startsWith("## ")).length).toBeGreaterThanOrEqual(4);
    expect(d.body.trim().endsWith("Book a free pricing review.")).toBe(true);
    expect(d.body).toContain("pricing page");
    expect(d.body).not.toMatch(/lorem|ipsum|undefined|\[object/i);
    const sentences = d.body.split(/(?<=[.!?])\s+/u);
    expect(new Set(sentences).size / sentences.length).toBeGreaterThan(0.8); // little repetition
  });

  it("numbers thread parts and puts hashtags on the last part only", () => {
    const d = draftOf(brief({ kind: "thread", platforms: ["x"], wordCount: 200 }));
    const parts = d.posts[0]!.parts;
    expect(parts.length).toBeGreaterThan(1);
    parts.forEach((p, i) => expect(p.startsWith(`${i + 1}/${parts.length} `)).toBe(true));
    expect(parts.slice(0, -1).some((p) => p.includes("#"))).toBe(false);
  });

  it("SEO fields fit search limits", () => {
    const seo = seoSchema.parse(writeOffline({ stage: "seo", brief: brief({ kind: "blog", wordCount: 600 }) }).object);
    expect(seo.slug).toMatch(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
    expect(seo.title.length).toBeLessThanOrEqual(60);
    expect(seo.metaDescription.length).toBeLessThanOrEqual(160);
    expect(seo.metaDescription.length).toBeGreaterThan(40);
    expect(seo.headings.length).toBeGreaterThan(0);
  });

  it("is deterministic", () => {
    const b = brief({ kind: "social", platforms: ["linkedin", "x"], wordCount: 90 });
    expect(writeOffline({ stage: "draft", brief: b })).toEqual(writeOffline({ stage: "draft", brief: b }));
    expect(draftOf(b).body).not.toEqual(draftOf({ ...b, request: { ...b.request, topic: "Hiring a first engineer" } }).body);
  });
});

describe("offline critique and revision", () => {
  it("the critique finds a broken draft's problems and the revision repairs them", () => {
    const b = brief({ kind: "social", platforms: ["x", "threads", "linkedin"], wordCount: 60, strict: true });
    const good = draftOf(b);
    const broken: Draft = {
      ...good,
      body: `${good.body} This synergy is revolutionary. ${"Extra words here. ".repeat(20)}`,
      posts: [
        { platform: "x", parts: [`${"Too long for X. ".repeat(30)}#a #b #c #d`] },
        { platform: "threads", parts: ["Two tags here #one #two"] },
      ],
    };
    const critique = critiqueSchema.parse(writeOffline({ stage: "critique", brief: b, draft: broken }).object);
    expect(critique.score).toBeLessThan(5);
    expect(critique.issues.map((i) => i.platform)).toEqual(expect.arrayContaining(["x", "threads", "linkedin", null]));

    const revised = draftSchema.parse(writeOffline({ stage: "revise", brief: b, draft: broken }).object);
    expect(errors(b, revised)).toEqual([]);
    expect(findAvoidedWords(revised.body, brand.avoidWords)).toEqual([]);
    const again = critiqueSchema.parse(writeOffline({ stage: "critique", brief: b, draft: revised }).object);
    expect(again.issues.filter((i) => i.severity === "error")).toEqual([]);
  });

  it("the revision repairs randomly broken drafts (property)", () => {
    const mutation = fc.record({
      kind: fc.constantFrom("blog", "social", "thread"),
      wordCount: fc.integer({ min: 50, max: 700 }),
      bodyChange: fc.oneof(fc.integer({ min: 0, max: 30 }).map((n) => ({ extra: n })), fc.integer({ min: 1, max: 40 }).map((n) => ({ keep: n }))),
      longPost: fc.boolean(),
      dropPost: fc.boolean(),
      tags: fc.integer({ min: 0, max: 40 }),
    });
    fc.assert(
      fc.property(mutation, ({ kind, wordCount, bodyChange, longPost, dropPost, tags }) => {
        const platforms = kind === "thread" ? ["x", "bluesky"] : kind === "social" ? ["x", "threads", "instagram"] : [];
        const b = brief({ kind, platforms, wordCount, strict: true });
        const good = draftOf(b);
        const body = "extra" in bodyChange ? `${good.body} ${"Another synergy sentence here. ".repeat(bodyChange.extra)}` : good.body.split(" ").slice(0, bodyChange.keep).join(" ");
        const hashtags = Array.from({ length: tags }, (_, i) => `#tag${i}x`).join(" ");
        const posts = good.posts
          .filter((_, i) => !(dropPost && i === 0))
          .map((p, i) => (longPost && i === 0 ? { ...p, parts: p.parts.map((part) => `${part} ${"More words that go on. ".repeat(40)} ${hashtags}`) } : p));
        const revised = draftSchema.parse(writeOffline({ stage: "revise", brief: b, draft: { ...good, body, posts } }).object);
        expect(errors(b, revised)).toEqual([]);
      }),
      { numRuns: Number(process.env.OFFLINE_RUNS ?? 60) },
    );
  });

  it("the revision restores a missing H1 and a body that is far too short", () => {
    const b = brief({ kind: "blog", wordCount: 400, strict: true });
    const revised = draftSchema.parse(writeOffline({ stage: "revise", brief: b, draft: { title: "Short", body: "Just one line about churn.", posts: [] } }).object);
    expect(errors(b, revised)).toEqual([]);
    expect(revised.body.startsWith("# Short")).toBe(true);
  });
});
