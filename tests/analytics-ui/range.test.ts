import { describe, expect, it } from "vitest";
import { presetRange, rangeFromParams, rangeSearch } from "@/components/analytics/range";

const now = new Date("2026-11-22T15:30:00Z");

describe("dashboard date range from the URL", () => {
  it("presets cover the last N whole UTC days, today included, with an exclusive end", () => {
    const r = presetRange(7, now);
    expect(r).toMatchObject({ preset: 7, firstDay: "2026-11-16", lastDay: "2026-11-22", from: "2026-11-16T00:00:00.000Z", to: "2026-11-23T00:00:00.000Z", error: null });
  });

  it("custom ranges include both days", () => {
    expect(rangeFromParams({ from: "2026-01-01", to: "2026-01-31" }, now)).toMatchObject({ preset: null, from: "2026-01-01T00:00:00.000Z", to: "2026-02-01T00:00:00.000Z", error: null });
  });

  it.each([
    [{ from: "2026-01-01" }, "Pick both a start and an end date."],
    [{ from: "2026-02-30", to: "2026-03-01" }, "Pick both a start and an end date."],
    [{ from: "2026-03-01", to: "2026-02-01" }, "The start date must be on or before the end date."],
    [{ from: "2024-01-01", to: "2026-01-01" }, "Pick a range of at most 366 days."],
  ])("a bad range %j falls back to 30 days and says why", (params, error) => {
    expect(rangeFromParams(params, now)).toMatchObject({ preset: 30, error });
  });

  it("unknown presets fall back to 30 days silently; the URL round-trips", () => {
    expect(rangeFromParams({ range: "12" }, now)).toMatchObject({ preset: 30, error: null });
    expect(rangeFromParams(Object.fromEntries(new URLSearchParams(rangeSearch({ preset: 90 }))), now).preset).toBe(90);
    const custom = Object.fromEntries(new URLSearchParams(rangeSearch({ firstDay: "2026-05-01", lastDay: "2026-05-07" })));
    expect(rangeFromParams(custom, now)).toMatchObject({ firstDay: "2026-05-01", lastDay: "2026-05-07" });
  });
});
