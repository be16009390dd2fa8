import "server-only";

/**
 * Posting time slots: the weekday (0 = Sunday) and a 3-hour bucket of the local time in the
 * channel's/workspace's time zone, e.g. Tuesday 09:00–12:00 is { weekday: 2, hour: 9 }, tag "2-09".
 */
import { safeTimeZone } from "@/lib/time-zone";

export const slotHours = 3;
export const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export type Slot = { weekday: number; hour: number };

const weekdayIndex: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

export function slotOf(at: Date, timezone: string): Slot {
  const parts = new Intl.DateTimeFormat("en-US", { timeZone: safeTimeZone(timezone), weekday: "short", hour: "numeric", hourCycle: "h23" }).formatToParts(at);
  const weekday = weekdayIndex[parts.find((p) => p.type === "weekday")?.value ?? "Sun"] ?? 0;
  const hour = Number(parts.find((p) => p.type === "hour")?.value ?? 0) % 24;
  return { weekday, hour: hour - (hour % slotHours) };
}

export const slotTag = (slot: Slot) => `${slot.weekday}-${String(slot.hour).padStart(2, "0")}`;

export function parseSlotTag(tag: string): Slot | null {
  const m = /^([0-6])-(\d{2})$/u.exec(tag);
  if (!m) return null;
  const hour = Number(m[2]);
  return hour < 24 && hour % slotHours === 0 ? { weekday: Number(m[1]), hour } : null;
}

/** "Tuesday 09:00–12:00". */
export function slotLabel(slot: Slot): string {
  const end = (slot.hour + slotHours) % 24;
  return `${weekdayNames[slot.weekday]} ${String(slot.hour).padStart(2, "0")}:00–${String(end).padStart(2, "0")}:00`;
}
