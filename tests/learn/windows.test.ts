/** Metric windows computed from the stored published_at, at controlled "now" values. */
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { sleepMsUntil, windowDueAt, windowPlan } from "@/server/learn/windows";

const hour = 3_600_000;
const publishedAt = new Date("2026-05-01T10:00:00Z");

describe("metric windows", () => {
  it("are due 6, 24 and 72 hours after publishing", () => {
    expect(windowDueAt(publishedAt, "6h").toISOString()).toBe("2026-05-01T16:00:00.000Z");
    expect(windowDueAt(publishedAt, "24h").toISOString()).toBe("2026-05-02T10:00:00.000Z");
    expect(windowDueAt(publishedAt, "72h").toISOString()).toBe("2026-05-04T10:00:00.000Z");
  });

  it("wait the full time when started right at publishing", () => {
    expect(windowPlan(publishedAt, publishedAt.getTime()).map((w) => w.waitMs)).toEqual([6 * hour, 24 * hour, 72 * hour]);
  });

  it("a late start still wakes at the same wall-clock times (not 6 h after the start)", () => {
    const now = publishedAt.getTime() + 10 * hour;
    const plan = windowPlan(publishedAt, now);
    expect(plan.map((w) => w.waitMs)).toEqual([0, 14 * hour, 62 * hour]);
    expect(plan.map((w) => now + w.waitMs)).toEqual(plan.map((w) => Math.max(now, w.dueAt.getTime())));
  });

  it("pulls every window at once when all are past (e.g. a worker down for days)", () => {
    expect(windowPlan(publishedAt, publishedAt.getTime() + 100 * hour).every((w) => w.waitMs === 0)).toBe(true);
  });

  it("never sleeps past the due time and never negative, for any now", () => {
    fc.assert(
      fc.property(fc.integer({ min: -200 * hour, max: 200 * hour }), fc.constantFrom("6h" as const, "24h" as const, "72h" as const), (offset, w) => {
        const now = publishedAt.getTime() + offset;
        const wait = sleepMsUntil(publishedAt, w, now);
        expect(wait).toBeGreaterThanOrEqual(0);
        expect(now + wait).toBe(Math.max(now, windowDueAt(publishedAt, w).getTime()));
      }),
    );
  });
});
