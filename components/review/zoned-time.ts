/** Time-zone helpers for the schedule picker (the arithmetic lives in lib/time-zone.ts). */
import { wallTimeToInstant, zoneOffset } from "@/lib/time-zone";

/** The browser's IANA zone, e.g. "Europe/Berlin" (UTC when unknown). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Every IANA zone the browser knows, with the browser's own zone guaranteed to be in the list. */
export function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];
  return all.includes(current) ? all : [current, ...all];
}

/** "2026-12-01T09:30" read as wall-clock time in `zone` → the instant, or null when unparsable. */
export function zonedToInstant(local: string, zone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0);
  try {
    return wallTimeToInstant(wall, zone);
  } catch {
    return null;
  }
}

/** A local "YYYY-MM-DDTHH:mm" for `date` as seen in `zone` (to prefill the input). */
export function instantToZoned(date: Date, zone: string): string {
  const shifted = new Date(date.getTime() + zoneOffset(date.getTime(), zone));
  return shifted.toISOString().slice(0, 16);
}

/** "Tue, Dec 1, 2026, 9:30 AM (Europe/Berlin)". */
export function formatInZone(date: Date | string, zone: string): string {
  const text = new Intl.DateTimeFormat("en", { timeZone: zone, weekday: "short", dateStyle: undefined, year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }).format(new Date(date));
  return `${text} (${zone})`;
}
