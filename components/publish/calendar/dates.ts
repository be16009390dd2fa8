/**
 * Calendar date arithmetic in the viewer's own time zone (the browser's local time). Weeks
 * start on Monday. Days are local midnights.
 */
export type CalendarView = "month" | "week";

const pad = (n: number) => String(n).padStart(2, "0");

/** "2026-05-04" for a local day. */
export const dayKey = (d: Date) => `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;

/** "2026-05-04T09:30": the local wall-clock time, as datetime-local inputs and publish.reschedule take it. */
export const localDateTime = (d: Date) => `${dayKey(d)}T${pad(d.getHours())}:${pad(d.getMinutes())}`;

export const startOfDay = (d: Date) => new Date(d.getFullYear(), d.getMonth(), d.getDate());
export const addDays = (d: Date, n: number) => new Date(d.getFullYear(), d.getMonth(), d.getDate() + n);
export const sameDay = (a: Date, b: Date) => dayKey(a) === dayKey(b);

/** The Monday on or before `d`. */
export function startOfWeek(d: Date): Date {
  const day = startOfDay(d);
  return addDays(day, -((day.getDay() + 6) % 7));
}

/** "2026-05-04" → that local day; anything else → null. */
export function parseDay(value: string | null): Date | null {
  const m = value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(value) : null;
  if (!m) return null;
  const d = new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  return d.getMonth() === Number(m[2]) - 1 && d.getDate() === Number(m[3]) ? d : null;
}

/** The days on screen: 6 weeks around the month of `d`, or the week of `d`. */
export function visibleDays(view: CalendarView, d: Date): Date[] {
  const first = view === "month" ? startOfWeek(new Date(d.getFullYear(), d.getMonth(), 1)) : startOfWeek(d);
  return Array.from({ length: view === "month" ? 42 : 7 }, (_, i) => addDays(first, i));
}

/** The range to ask publish.calendar for: from the first visible midnight to the one after the last. */
export function visibleRange(view: CalendarView, d: Date): { from: string; to: string } {
  const days = visibleDays(view, d);
  return { from: days[0]!.toISOString(), to: addDays(days[days.length - 1]!, 1).toISOString() };
}

/** One step back or forward (a month or a week). */
export function shift(view: CalendarView, d: Date, dir: -1 | 1): Date {
  return view === "month" ? new Date(d.getFullYear(), d.getMonth() + dir, 1) : addDays(startOfWeek(d), 7 * dir);
}

/** "May 2026" or "May 4 – 10, 2026". */
export function rangeTitle(view: CalendarView, d: Date): string {
  if (view === "month") return new Intl.DateTimeFormat("en", { month: "long", year: "numeric" }).format(d);
  const days = visibleDays("week", d);
  return new Intl.DateTimeFormat("en", { month: "short", day: "numeric", year: "numeric" }).formatRange(days[0]!, days[6]!);
}

/** `at` moved to another day, same time of day. */
export function moveToDay(at: Date, day: Date): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), at.getHours(), at.getMinutes());
}

/** `at` moved to another day and hour, same minutes. */
export function moveToHour(at: Date, day: Date, hour: number): Date {
  return new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour, at.getMinutes());
}

export const timeLabel = (d: Date) => new Intl.DateTimeFormat("en", { hour: "numeric", minute: "2-digit" }).format(d);
export const hourLabel = (h: number) => new Intl.DateTimeFormat("en", { hour: "numeric" }).format(new Date(2000, 0, 1, h));
export const dayLabel = (d: Date) => new Intl.DateTimeFormat("en", { weekday: "long", month: "long", day: "numeric" }).format(d);
export const weekdayNames = Array.from({ length: 7 }, (_, i) => new Intl.DateTimeFormat("en", { weekday: "short" }).format(new Date(2024, 0, 1 + i)));
