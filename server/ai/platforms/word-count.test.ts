import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { checkWordCount, countWords, wordWindow } from "@/lib/ai/platforms/word-count";

const target = fc.integer({ min: 1, max: 20_000 });
const tolerance = fc.oneof(fc.integer({ min: 5, max: 20 }), fc.double({ min: 5, max: 20, noNaN: true }));

describe("word counting", () => {
  it("counts words, not Markdown markers, dashes or emoji", () => {
    expect(countWords("## A long-term plan — for 2025 🚀\n\n- ship it")).toBe(7);
    expect(countWords("")).toBe(0);
    expect(countWords("see https://example.com and #build")).toBe(4);
  });
});

describe("word-count tolerance (properties)", () => {
  it("the window always contains the target and stays within the tolerance", () => {
    fc.assert(
      fc.property(target, tolerance, (t, p) => {
        const { min, max } = wordWindow(t, p);
        expect(min).toBeLessThanOrEqual(t);
        expect(max).toBeGreaterThanOrEqual(t);
        expect(t - min).toBeLessThanOrEqual((t * p) / 100 + 1e-6);
        expect(max - t).toBeLessThanOrEqual((t * p) / 100 + 1e-6);
        // …and as wide as whole words allow.
        expect(t - (min - 1)).toBeGreaterThan((t * p) / 100 - 1e-6);
        expect(max + 1 - t).toBeGreaterThan((t * p) / 100 - 1e-6);
      }),
    );
  });

  it("a count passes exactly when it is inside the window; strict makes it an error", () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 400 }), tolerance, fc.integer({ min: 0, max: 600 }), fc.boolean(), (t, p, n, strict) => {
        const { min, max } = wordWindow(t, p);
        const problems = checkWordCount(Array.from({ length: n }, () => "word").join(" "), { target: t, tolerancePct: p, strict });
        expect(problems.length === 0).toBe(n >= min && n <= max);
        for (const problem of problems) {
          expect(problem.severity).toBe(strict ? "error" : "warning");
          expect(problem.code).toBe(n < min ? "word_count_low" : "word_count_high");
        }
      }),
    );
  });

  it("known windows", () => {
    expect(wordWindow(100, 10)).toEqual({ min: 90, max: 110 });
    expect(wordWindow(7, 15)).toEqual({ min: 6, max: 8 });
    expect(wordWindow(10, 5)).toEqual({ min: 10, max: 10 });
    expect(() => wordWindow(100, 25)).toThrow(/between 5 and 20/);
    expect(() => wordWindow(0, 10)).toThrow(/positive/);
  });
});
