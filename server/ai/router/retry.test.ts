import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { backoffCeiling, backoffDelay, withRetry, type RetryVerdict } from "./retry";

const policyArb = fc.record({ baseDelayMs: fc.integer({ min: 1, max: 5_000 }), maxDelayMs: fc.integer({ min: 1, max: 120_000 }) });
const randomArb = fc.double({ min: 0, max: 1, noNaN: true });

describe("backoff with full jitter (properties)", () => {
  it("every delay is within [0, min(max, base·2^n)) and a whole number of ms", () => {
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 0, max: 60 }), randomArb, (policy, retry, r) => {
        const delay = backoffDelay(retry, policy, () => r);
        const ceiling = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** retry);
        expect(Number.isInteger(delay)).toBe(true);
        expect(delay).toBeGreaterThanOrEqual(0);
        expect(delay).toBeLessThan(ceiling);
      }),
    );
  });

  it("the ceiling never decreases with the retry number and never exceeds the cap", () => {
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 0, max: 60 }), (policy, retry) => {
        const here = backoffCeiling(retry, policy);
        expect(backoffCeiling(retry + 1, policy)).toBeGreaterThanOrEqual(here);
        expect(here).toBeLessThanOrEqual(policy.maxDelayMs);
      }),
    );
  });

  it("is monotonic in the random draw", () => {
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 0, max: 20 }), randomArb, randomArb, (policy, retry, a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        expect(backoffDelay(retry, policy, () => lo)).toBeLessThanOrEqual(backoffDelay(retry, policy, () => hi));
      }),
    );
  });
});

describe("withRetry", () => {
  const policy = { maxAttempts: 4, baseDelayMs: 100, maxDelayMs: 1_000 };

  it("never makes more than maxAttempts calls, and sleeps only between them", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: 8 }), async (maxAttempts) => {
        let calls = 0;
        const sleeps: number[] = [];
        const run = withRetry(async () => {
          calls += 1;
          throw new Error("down");
        }, { policy: { ...policy, maxAttempts }, decide: () => ({ action: "backoff" }), sleep: async (ms) => void sleeps.push(ms), random: () => 0.99 });
        await expect(run).rejects.toThrow("down");
        expect(calls).toBe(maxAttempts);
        expect(sleeps).toHaveLength(maxAttempts - 1);
      }),
    );
  });

  it("stops at once on a permanent verdict, retries a 'now' verdict without sleeping", async () => {
    const verdicts: RetryVerdict[] = [{ action: "now" }, { action: "stop" }];
    let calls = 0;
    const sleeps: number[] = [];
    await expect(
      withRetry(async () => {
        calls += 1;
        throw new Error(`fail ${calls}`);
      }, { policy, decide: () => verdicts.shift()!, sleep: async (ms) => void sleeps.push(ms) }),
    ).rejects.toThrow("fail 2");
    expect(calls).toBe(2);
    expect(sleeps).toEqual([]);
  });

  it("returns the first success", async () => {
    let calls = 0;
    const value = await withRetry(async (attempt) => {
      calls += 1;
      if (attempt < 3) throw new Error("flaky");
      return "ok";
    }, { policy, decide: () => ({ action: "backoff" }), sleep: async () => {}, random: () => 0 });
    expect([value, calls]).toEqual(["ok", 3]);
  });
});
