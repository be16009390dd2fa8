import "server-only";

/**
 * "Add to queue": the next free slot of a channel's weekly queue schedule (e.g. weekdays 09:00 and
 * 13:00 in Europe/Berlin), skipping slots already taken by one of its jobs. Wall times are
 * converted in the schedule's time zone, so slots stay at 09:00 across DST changes.
 */
import { wallTimeToInstant } from "@/lib/time-zone";
import type { QueueSchedule } from "@/server/db/schema/publish";

const dayMs = 86_400_000;
/** How far ahead we look for a free slot. */
const horizonDays = 60;

function wallParts(instant: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone, year: "numeric", month: "numeric", day: "numeric", weekday: "short", hourCycle: "h23" }).formatToParts(instant);
  const get = (type: string) => parts.find((p) => p.type === type)?.value ?? "";
  const weekday = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"].indexOf(get("weekday"));
  return { year: Number(get("year")), month: Number(get("month")), day: Number(get("day")), weekday };
}

/** Slot instants from `after` on, in order, for `days` days. */
export function upcomingSlots(schedule: QueueSchedule, after: Date, days = horizonDays): Date[] {
  if (schedule.slots.length === 0) return [];
  const out: Date[] = [];
  for (let d = 0; d <= days; d += 1) {
    const { year, month, day, weekday } = wallParts(new Date(after.getTime() + d * dayMs), schedule.timezone);
    const todays = schedule.slots.filter((s) => s.day === weekday).map((s) => s.time).sort();
    for (const time of todays) {
      const [h, m] = time.split(":").map(Number) as [number, number];
      const at = wallTimeToInstant(Date.UTC(year, month - 1, day, h, m), schedule.timezone);
      if (at.getTime() > after.getTime() && !out.some((o) => o.getTime() === at.getTime())) out.push(at);
    }
  }
  return out.sort((a, b) => a.getTime() - b.getTime());
}

/** The first slot after `after` not in `taken` (compared to the minute), or null within the horizon. */
export function nextFreeSlot(schedule: QueueSchedule | null, taken: Date[], after: Date): Date | null {
  if (!schedule) return null;
  const busy = new Set(taken.map((t) => Math.floor(t.getTime() / 60_000)));
  return upcomingSlots(schedule, after).find((slot) => !busy.has(Math.floor(slot.getTime() / 60_000))) ?? null;
}
