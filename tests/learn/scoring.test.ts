/** Properties of the learn loop's math (fast-check): monotone, bounded, decay, trust, scale invariance. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import {
  decayFactor,
  decayTo,
  decileSignal,
  emptyPattern,
  isTrusted,
  lift,
  maxScore,
  minDecilePeers,
  minTrustedSamples,
  normalizedScore,
  observe,
  rawEngagement,
  strength,
  type PatternState,
} from "@/server/learn/scoring";

const count = fc.integer({ min: 0, max: 1_000_000 });
const metrics = fc.record({ likes: count, comments: count, shares: count, impressions: count, clicks: count, saves: count });
const platform = fc.constantFrom("x", "linkedin", "mastodon", "bluesky", "instagram");
// Realistic engagement values (0, or at least a millionth): denormal floats would underflow when scaled.
const rawValue = fc.oneof(fc.constant(0), fc.double({ min: 1e-6, max: 1e6, noNaN: true }));
const baseline = fc.array(rawValue, { minLength: 0, maxLength: 40 });
const halfLife = fc.integer({ min: 3_600_000, max: 365 * 86_400_000 });
const close = (a: number, b: number, tol = 1e-9) => Math.abs(a - b) <= tol * Math.max(1, Math.abs(a), Math.abs(b));

describe("rawEngagement", () => {
  it("never decreases when one interaction count grows (impressions fixed)", () => {
    fc.assert(
      fc.property(platform, metrics, fc.constantFrom("likes", "comments", "shares", "clicks", "saves"), fc.integer({ min: 1, max: 1000 }), (p, m, key, more) => {
        expect(rawEngagement(p, { ...m, [key]: m[key] + more })).toBeGreaterThanOrEqual(rawEngagement(p, m));
      }),
    );
  });

  it("is a rate: scaling interactions and impressions together leaves it unchanged", () => {
    fc.assert(
      fc.property(platform, metrics, fc.integer({ min: 2, max: 50 }), (p, m, k) => {
        fc.pre(m.impressions > 0);
        const scaled = Object.fromEntries(Object.entries(m).map(([key, v]) => [key, v * k]));
        expect(close(rawEngagement(p, scaled), rawEngagement(p, m))).toBe(true);
      }),
    );
  });

  it("counts the blog's page views only", () => {
    expect(rawEngagement("blog", { views: 42, likes: 1000 })).toBe(42);
  });
});

describe("normalizedScore", () => {
  it("is bounded in [0, maxScore]", () => {
    fc.assert(fc.property(rawValue, baseline, (raw, base) => {
      const s = normalizedScore(raw, base);
      expect(s).toBeGreaterThanOrEqual(0);
      expect(s).toBeLessThanOrEqual(maxScore);
    }));
  });

  it("is monotone in the raw engagement for a fixed baseline", () => {
    fc.assert(fc.property(rawValue, rawValue, baseline, (a, b, base) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(normalizedScore(hi, base)).toBeGreaterThanOrEqual(normalizedScore(lo, base) - 1e-12);
    }));
  });

  it("is invariant to scaling all of a channel's numbers", () => {
    fc.assert(fc.property(rawValue, baseline, fc.double({ min: 0.01, max: 1000, noNaN: true }), (raw, base, k) => {
      expect(close(normalizedScore(raw * k, base.map((v) => v * k)), normalizedScore(raw, base), 1e-6)).toBe(true);
    }));
  });

  it("scores a post at the channel's median as 1", () => {
    expect(normalizedScore(10, [5, 10, 20])).toBe(1);
  });
});

describe("decay", () => {
  it("halves at the half-life and compounds", () => {
    fc.assert(fc.property(halfLife, fc.integer({ min: 1, max: 5 }), (h, n) => {
      expect(close(decayFactor(h, h), 0.5)).toBe(true);
      expect(close(decayFactor(n * h, h), 0.5 ** n)).toBe(true);
    }));
  });

  it("halves a pattern's sums after one half-life, keeps its sample count", () => {
    fc.assert(fc.property(halfLife, fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: 1, maxLength: 20 }), (h, scores) => {
      let s: PatternState = emptyPattern(0);
      for (const score of scores) s = observe(s, { score, signal: 1, at: 0 }, h);
      const later = decayTo(s, h, h);
      expect(close(later.weight, s.weight / 2)).toBe(true);
      expect(close(later.scoreSum, s.scoreSum / 2)).toBe(true);
      expect(close(later.signal, s.signal / 2)).toBe(true);
      expect(later.samples).toBe(s.samples);
      // Lift is a ratio of two decayed sums, so pure decay leaves it unchanged.
      if (isTrusted(s)) expect(close(lift(later)!, lift(s)!)).toBe(true);
    }));
  });

  it("never grows a sum when time passes", () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 1e10 }), halfLife, (dt, h) => {
      expect(decayFactor(dt, h)).toBeLessThanOrEqual(1);
    }));
  });
});

describe("pattern trust and updates", () => {
  it("trusts nothing below the minimum samples", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { maxLength: minTrustedSamples - 1 }), (scores) => {
      let s = emptyPattern(0);
      for (const score of scores) s = observe(s, { score, signal: 1, at: 0 });
      expect(isTrusted(s)).toBe(false);
      expect(lift(s)).toBeNull();
      expect(strength(s)).toBe(0);
    }));
  });

  it("a higher score or signal never lowers a pattern's lift or strength", () => {
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: minTrustedSamples, maxLength: 20 }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (history, a, b) => {
      let s = emptyPattern(0);
      for (const score of history) s = observe(s, { score, signal: 0, at: 0 });
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(lift(observe(s, { score: hi, signal: 0, at: 1 }))!).toBeGreaterThanOrEqual(lift(observe(s, { score: lo, signal: 0, at: 1 }))! - 1e-12);
      expect(strength(observe(s, { score: lo, signal: 1, at: 1 }))).toBeGreaterThanOrEqual(strength(observe(s, { score: lo, signal: -1, at: 1 })));
    }));
  });

  it("keeps lift within [0, maxScore] and strength within [-1, 1]", () => {
    const obs = fc.record({ score: fc.double({ min: -5, max: 50, noNaN: true }), signal: fc.constantFrom(-1 as const, 0 as const, 1 as const), at: fc.integer({ min: 0, max: 1e11 }) });
    fc.assert(fc.property(fc.array(obs, { minLength: minTrustedSamples, maxLength: 30 }), (list) => {
      let s = emptyPattern(0);
      for (const o of list) s = observe(s, o);
      expect(lift(s)!).toBeGreaterThanOrEqual(0);
      expect(lift(s)!).toBeLessThanOrEqual(maxScore + 1e-9);
      expect(Math.abs(strength(s))).toBeLessThanOrEqual(1);
    }));
  });
});

describe("decileSignal", () => {
  it("gives nothing until there are enough peers", () => {
    fc.assert(fc.property(fc.double({ min: 0, max: 10, noNaN: true }), fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { maxLength: minDecilePeers - 1 }), (score, peers) => {
      expect(decileSignal(score, peers)).toBe(0);
    }));
  });

  it("reinforces the top decile, penalizes the bottom, and is monotone in the score", () => {
    const peers = Array.from({ length: 100 }, (_, i) => i / 10);
    expect(decileSignal(9.95, peers)).toBe(1);
    expect(decileSignal(0.05, peers)).toBe(-1);
    expect(decileSignal(5, peers)).toBe(0);
    fc.assert(fc.property(fc.array(fc.double({ min: 0, max: 10, noNaN: true }), { minLength: minDecilePeers, maxLength: 60 }), fc.double({ min: 0, max: 10, noNaN: true }), fc.double({ min: 0, max: 10, noNaN: true }), (ps, a, b) => {
      const [lo, hi] = a <= b ? [a, b] : [b, a];
      expect(decileSignal(hi, ps)).toBeGreaterThanOrEqual(decileSignal(lo, ps));
    }));
  });
});
