import { describe, expect, it } from "vitest";
import { dayKey, moveToDay, moveToHour, parseDay, shift, startOfWeek, visibleDays, visibleRange } from "@/components/publish/calendar/dates";

describe("calendar date maths (local time)", () => {
  it("weeks start on Monday; a month shows six whole weeks around it", () => {
    expect(dayKey(startOfWeek(new Date(2026, 10, 22)))).toBe("2026-11-16"); // a Sunday → the Monday before
    const days = visibleDays("month", new Date(2026, 10, 22));
    expect(days).toHaveLength(42);
    expect(dayKey(days[0]!)).toBe("2026-10-26");
    expect(days.some((d) => dayKey(d) === "2026-11-01")).toBe(true);
    expect(days.some((d) => dayKey(d) === "2026-11-30")).toBe(true);
  });

  it("the range asked of the server covers the last visible day entirely", () => {
    const range = visibleRange("week", new Date(2026, 10, 18));
    expect(new Date(range.from).getTime()).toBe(new Date(2026, 10, 16).getTime());
    expect(new Date(range.to).getTime()).toBe(new Date(2026, 10, 23).getTime());
  });

  it("prev/next move by a month or a week, across year ends", () => {
    expect(dayKey(shift("month", new Date(2026, 11, 15), 1))).toBe("2027-01-01");
    expect(dayKey(shift("week", new Date(2026, 11, 31), 1))).toBe("2027-01-04");
  });

  it("dragging keeps the time of day (month) or the minutes (week)", () => {
    const at = new Date(2026, 10, 20, 9, 30);
    expect(moveToDay(at, new Date(2026, 10, 24))).toEqual(new Date(2026, 10, 24, 9, 30));
    expect(moveToHour(at, new Date(2026, 10, 25), 14)).toEqual(new Date(2026, 10, 25, 14, 30));
  });

  it("reads only real days from the URL", () => {
    expect(parseDay("2026-05-04")).toEqual(new Date(2026, 4, 4));
    expect(parseDay("2026-5-4")).toBeNull();
    expect(parseDay("2026-02-31")).toBeNull();
    expect(parseDay("tomorrow")).toBeNull();
    expect(parseDay(null)).toBeNull();
  });
});
