import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkPost, extractHashtags, findAvoidedWords } from "./check-post";
import { countCharacters } from "@/lib/ai/platforms/count-characters";
import { fitToLimit, fitsOn } from "./fit-to-limit";
import { platformIds, platformRules } from "@/lib/ai/platforms/platform-rules";

describe("platform rules", () => {
  it("has the limits from the product brief", () => {
    const limits = Object.fromEntries(platformIds.map((p) => [p, platformRules[p].maxChars]));
    expect(limits).toEqual({ x: 280, linkedin: 3000, facebook: 63206, instagram: 2200, threads: 500, bluesky: 300, mastodon: 500, pinterest: 500, tiktok: 2200, youtube: 5000 });
    for (const p of platformIds) expect(platformRules[p].idealHashtags).toBeLessThanOrEqual(platformRules[p].maxHashtags);
  });
});

describe("counting characters as each platform does", () => {
  it("X: URLs are 23, CJK and emoji weigh 2, Latin 1", () => {
    expect(countCharacters("x", "hello")).toBe(5);
    expect(countCharacters("x", "read https://example.com/a/very/long/path/that/goes/on?and=on now")).toBe(5 + 23 + 4);
    expect(countCharacters("x", "日本語")).toBe(6);
    expect(countCharacters("x", "👍🏽")).toBe(2);
    expect(countCharacters("x", "👨‍👩‍👧")).toBe(2);
    expect(countCharacters("x", "café")).toBe(4);
  });

  it("Bluesky counts graphemes; the UTF-16 default counts code units", () => {
    expect(countCharacters("bluesky", "👨‍👩‍👧 hi")).toBe(4);
    expect(countCharacters("instagram", "👍 hi")).toBe(5);
  });

  it("Mastodon counts URLs as 23 and remote mentions by their local part", () => {
    expect(countCharacters("mastodon", "@alice@example.social hi")).toBe("@alice hi".length);
    expect(countCharacters("mastodon", "see https://example.com/" + "x".repeat(100))).toBe(4 + 23);
  });
});

describe("checkPost", () => {
  it("accepts a normal post", () => {
    expect(checkPost("x", "Shipping small beats shipping late. #build")).toEqual([]);
  });

  it("flags too long, too many hashtags, avoided words and empty posts", () => {
    expect(checkPost("x", "a".repeat(281))).toEqual([expect.objectContaining({ code: "too_long", severity: "error", limit: 280, actual: 281 })]);
    expect(checkPost("x", "a".repeat(280))).toEqual([]);
    expect(checkPost("threads", "Hi #one #two")[0]).toMatchObject({ code: "too_many_hashtags", limit: 1, actual: 2 });
    expect(checkPost("linkedin", "Real Synergy here", { avoidWords: ["synergy"] })[0]).toMatchObject({ code: "avoid_word", severity: "error" });
    expect(checkPost("linkedin", "Synergistic, not the word", { avoidWords: ["synergy"] })).toEqual([]);
    expect(checkPost("bluesky", "   ")[0]).toMatchObject({ code: "empty" });
  });

  it("warns about shouting and exclamation runs on professional networks only", () => {
    expect(checkPost("linkedin", "BUY THIS AMAZING COURSE now!!").map((p) => p.code)).toEqual(["tone", "tone"]);
    expect(checkPost("linkedin", "Our new HTML and CSS guide")).toEqual([]);
    expect(checkPost("tiktok", "BUY THIS AMAZING COURSE now!!")).toEqual([]);
  });

  it("finds hashtags but not URL fragments, HTML entities or numbers", () => {
    expect(extractHashtags("#one two#three https://x.com/#anchor &#39; #2024 #café")).toEqual(["#one", "#café"]);
    expect(findAvoidedWords("Cheap and CHEAPER", ["cheap", "expensive"])).toEqual(["cheap"]);
  });
});

describe("fitToLimit (property)", () => {
  const word = fc.constantFrom("ship", "small", "naïve", "日本", "🚀", "https://example.com/some/path", "because", "weekly", "review", "#build");
  const sentence = fc.array(word, { minLength: 1, maxLength: 25 }).map((ws) => `${ws.join(" ")}.`);
  const text = fc.array(sentence, { minLength: 1, maxLength: 40 }).map((ss) => ss.join(" "));

  it("always fits the platform, and leaves fitting text unchanged", () => {
    fc.assert(
      fc.property(fc.constantFrom(...platformIds), text, (platform, t) => {
        const fitted = fitToLimit(platform, t);
        expect(fitsOn(platform, fitted)).toBe(true);
        if (fitsOn(platform, t.trim())) expect(fitted).toBe(t.trim());
        else expect(fitted.length).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
