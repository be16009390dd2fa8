import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { nextFreeSlot, upcomingSlots } from "@/server/publish/jobs/queue-slots";
import { retryDelayMs } from "@/server/publish/run/retry-policy";
import { statusFromJobs } from "@/server/publish/run/sync-item-status";
import { publishQueueOptions } from "@/workflows/definitions/publish-job";

describe("an item's status follows its jobs", () => {
  it.each([
    [[], "approved"],
    [["cancelled"], "approved"],
    [["scheduled", "scheduled"], "scheduled"],
    [["published", "scheduled"], "publishing"],
    [["publishing", "scheduled"], "publishing"],
    [["retrying", "published"], "publishing"],
    [["published", "published", "cancelled"], "published"],
    [["failed"], "failed"],
    [["failed", "published"], "partially_published"],
  ] as const)("%j → %s", (jobs, expected) => {
    expect(statusFromJobs([...jobs])).toBe(expected);
  });

  it("published only when every live job is, failed only when every live job is", () => {
    const status = fc.constantFrom("scheduled", "publishing", "retrying", "published", "failed", "cancelled" as const);
    fc.assert(
      fc.property(fc.array(status, { maxLength: 8 }), (jobs) => {
        const live = jobs.filter((j) => j !== "cancelled");
        const result = statusFromJobs(jobs);
        expect(result === "published").toBe(live.length > 0 && live.every((j) => j === "published"));
        expect(result === "failed").toBe(live.length > 0 && live.every((j) => j === "failed"));
      }),
    );
  });
});

describe("queue slots", () => {
  const weekdays = { timezone: "Europe/Berlin", slots: [1, 2, 3, 4, 5].flatMap((day) => [{ day, time: "09:00" }, { day, time: "13:00" }]) };

  it("skips the weekend and taken slots", () => {
    const friday1400 = new Date("2026-11-27T13:00:00Z"); // 14:00 in Berlin
    const monday0900 = new Date("2026-11-30T08:00:00Z");
    expect(nextFreeSlot(weekdays, [], friday1400)).toEqual(monday0900);
    expect(nextFreeSlot(weekdays, [monday0900], friday1400)).toEqual(new Date("2026-11-30T12:00:00Z"));
  });

  it("keeps 09:00 local across the DST change", () => {
    const slots = upcomingSlots(weekdays, new Date("2027-03-26T00:00:00Z"), 4).filter((s) => s.getUTCHours() < 10).slice(0, 2);
    expect(slots.map((s) => s.toISOString())).toEqual(["2027-03-26T08:00:00.000Z", "2027-03-29T07:00:00.000Z"]);
  });

  it("no schedule or no slots → no slot", () => {
    expect(nextFreeSlot(null, [], new Date())).toBeNull();
    expect(nextFreeSlot({ timezone: "UTC", slots: [] }, [], new Date())).toBeNull();
  });
});

describe("retry policy", () => {
  it("waits for the platform's reset on rate limits and backs off exponentially, with jitter, otherwise", () => {
    expect(retryDelayMs("rate_limited", 1, 120_000, () => 0)).toBe(120_000);
    expect(retryDelayMs("rate_limited", 1, 10 * 3600_000, () => 0)).toBe(6 * 3600_000);
    const base = Number(process.env.PUBLISH_RETRY_BASE_SECONDS ?? 15) * 1000;
    expect(retryDelayMs("transient", 1, null, () => 0)).toBe(base / 2);
    expect(retryDelayMs("transient", 3, null, () => 0.999)).toBeLessThanOrEqual(base * 4);
    expect(retryDelayMs("transient", 30, null, () => 0.999)).toBeLessThanOrEqual(10 * 60_000);
  });
});

describe("publish queues", () => {
  it("carry each platform's published posting limit per channel partition", () => {
    expect(publishQueueOptions("x").partitionRateLimit).toEqual({ limitPerPeriod: 100, periodSec: 900 });
    expect(publishQueueOptions("bluesky").partitionRateLimit).toEqual({ limitPerPeriod: 1666, periodSec: 3600 });
    expect(publishQueueOptions("mastodon").partitionRateLimit).toEqual({ limitPerPeriod: 300, periodSec: 10800 });
    expect(publishQueueOptions("threads").partitionRateLimit).toEqual({ limitPerPeriod: 250, periodSec: 86400 });
    expect(publishQueueOptions("instagram").partitionRateLimit).toEqual({ limitPerPeriod: 50, periodSec: 86400 });
  });
});
