import { describe, expect, it } from "vitest";
import { wallTimeToInstant, zoneOffset } from "@/lib/time-zone";

describe("time-zone arithmetic", () => {
  it("reads wall-clock time in a zone, in winter and in summer", () => {
    expect(wallTimeToInstant(Date.UTC(2026, 11, 1, 9, 30), "Europe/Berlin").toISOString()).toBe("2026-12-01T08:30:00.000Z");
    expect(wallTimeToInstant(Date.UTC(2026, 6, 1, 9, 30), "Europe/Berlin").toISOString()).toBe("2026-07-01T07:30:00.000Z");
    expect(wallTimeToInstant(Date.UTC(2026, 6, 1, 9, 30), "America/New_York").toISOString()).toBe("2026-07-01T13:30:00.000Z");
  });

  it("settles the offset on the day clocks change", () => {
    // 2026-03-29 03:30 in Berlin is after the spring-forward at 02:00 UTC+1 → UTC+2.
    expect(wallTimeToInstant(Date.UTC(2026, 2, 29, 3, 30), "Europe/Berlin").toISOString()).toBe("2026-03-29T01:30:00.000Z");
  });

  it("gives the zone's offset and refuses unknown zones", () => {
    expect(zoneOffset(Date.UTC(2026, 0, 1), "Asia/Kolkata")).toBe(5.5 * 3600 * 1000);
    expect(() => zoneOffset(Date.now(), "Mars/Olympus")).toThrow();
  });
});
