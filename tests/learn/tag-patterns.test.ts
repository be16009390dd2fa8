/** Pattern tags: hook rules on real-looking openings, angle, format, length buckets, posting slots. */
import { describe, expect, it } from "vitest";
import { bestTimesFrom, minPostsForOwnTimes } from "@/server/learn/best-times";
import { parseSlotTag, slotLabel, slotOf, slotTag } from "@/server/learn/slot";
import { angleOf, firstLine, hookType, lengthBucket, tagPatterns } from "@/server/learn/tag-patterns";

describe("hookType", () => {
  it.each([
    ["Ever wondered why your posts flop on Mondays?", "question"],
    ["Why do most launches fail? Here is what we saw.", "question"],
    ["How to write a brief your team will actually read", "how-to"],
    ["7 ways to cut your onboarding time in half", "number-list"],
    ["Top 10 tools we use every day", "number-list"],
    ["68% of buyers read three posts before they talk to sales.", "statistic"],
    ["“Simplicity is the ultimate sophistication.”", "quote"],
    ["Last year we almost shut the company down.", "story"],
    ["Stop posting every day.", "bold-claim"],
    ["Cold email is dead!", "bold-claim"],
    ["Our spring collection is here.", "statement"],
  ])("%s → %s", (line, expected) => {
    expect(hookType(line)).toBe(expected);
  });

  it("reads the first text line of a Markdown post, not its heading", () => {
    expect(firstLine("# Title\n\n**Ever wondered why?** More text")).toBe("Ever wondered why? More text");
  });
});

describe("tagPatterns", () => {
  it("tags a LinkedIn single post and a blog post", () => {
    const social = tagPatterns({ kind: "social", topic: "Common mistakes in onboarding" }, { title: "Onboarding", body: "x", posts: [{ platform: "linkedin", parts: ["What if onboarding took a day?"] }] });
    expect(social).toEqual({ hook: "question", angle: "mistakes", format: "single", length: "short" });
    const words = Array.from({ length: 900 }, () => "word").join(" ");
    const blog = tagPatterns({ kind: "blog", topic: "A step-by-step guide to briefs" }, { title: "Briefs", body: `# Briefs\n\n5 reasons briefs fail. ${words}`, posts: [] });
    expect(blog).toEqual({ hook: "number-list", angle: "how-to", format: "blog", length: "medium" });
  });

  it("buckets threads by their number of parts", () => {
    expect(lengthBucket("thread", { body: "", posts: [{ platform: "x", parts: ["a", "b"] }] })).toBe("short");
    expect(lengthBucket("thread", { body: "", posts: [{ platform: "x", parts: Array(8).fill("a") }] })).toBe("long");
  });

  it("falls back to an explainer angle", () => {
    expect(angleOf("Our pricing", "Pricing")).toBe("explainer");
  });
});

describe("slots", () => {
  it("uses the channel's time zone and 3-hour buckets", () => {
    // 2026-03-03 is a Tuesday; 14:30 UTC is 09:30 in New York (EST).
    const at = new Date("2026-03-03T14:30:00Z");
    expect(slotOf(at, "America/New_York")).toEqual({ weekday: 2, hour: 9 });
    expect(slotOf(at, "Asia/Tokyo")).toEqual({ weekday: 2, hour: 21 });
    expect(slotOf(new Date("2026-03-03T15:30:00Z"), "Asia/Tokyo")).toEqual({ weekday: 3, hour: 0 });
    expect(slotOf(at, "Not/AZone")).toEqual({ weekday: 2, hour: 12 });
    expect(slotTag({ weekday: 2, hour: 9 })).toBe("2-09");
    expect(parseSlotTag("2-09")).toEqual({ weekday: 2, hour: 9 });
    expect(parseSlotTag("9-99")).toBeNull();
    expect(slotLabel({ weekday: 2, hour: 9 })).toBe("Tuesday 09:00–12:00");
  });

  it("best times come from the channel's data once it has enough posts, else the defaults say so", () => {
    const thin = bestTimesFrom("linkedin", [{ slot: "2-09", score: 3 }]);
    expect(thin.source).toBe("defaults");
    expect(thin.slots[0]!.why).toContain("general default");
    expect(thin.slots[0]!.why).toContain(`1 of ${minPostsForOwnTimes}`);
    const posts = [...Array(6).fill({ slot: "4-18", score: 2.5 }), ...Array(6).fill({ slot: "1-06", score: 0.5 })];
    const own = bestTimesFrom("linkedin", posts);
    expect(own.source).toBe("workspace");
    expect(own.slots[0]).toMatchObject({ weekday: 4, hour: 18, score: 2.5 });
    expect(own.slots[0]!.why).toBe("Your posts on LinkedIn at Thursday 18:00–21:00 got 2.5× your median engagement (6 posts in the last 90 days).");
  });
});
