/** Time-zone arithmetic for the schedule picker, with Intl only (no date library). */

/** The browser's IANA zone, e.g. "Europe/Berlin" (UTC when unknown). */
export function browserTimeZone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || "UTC";
}

/** Every IANA zone the browser knows, with the browser's own zone guaranteed to be in the list. */
export function timeZones(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === "function" ? Intl.supportedValuesOf("timeZone") : ["UTC"];
  return all.includes(current) ? all : [current, ...all];
}

/** Offset of `zone` from UTC at `instant`, in milliseconds. */
function offsetAt(instant: number, zone: string): number {
  const parts = new Intl.DateTimeFormat("en-US", {
    timeZone: zone,
    hourCycle: "h23",
    year: "numeric",
    month: "2-digit",
    day: "2-digit",
    hour: "2-digit",
    minute: "2-digit",
    second: "2-digit",
  }).formatToParts(new Date(instant));
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value ?? 0);
  const asUtc = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return asUtc - Math.floor(instant / 1000) * 1000;
}

/** "2026-12-01T09:30" read as wall-clock time in `zone` → the instant, or null when unparsable. */
export function zonedToInstant(local: string, zone: string): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/.exec(local);
  if (!m) return null;
  const [, y, mo, d, h, mi, s] = m.map(Number) as number[];
  const wall = Date.UTC(y!, mo! - 1, d!, h!, mi!, s || 0);
  try {
    let instant = wall - offsetAt(wall, zone);
    instant = wall - offsetAt(instant, zone);
    return new Date(instant);
  } catch {
    return null;
  }
}

/** A local "YYYY-MM-DDTHH:mm" for `date` as seen in `zone` (to prefill the input). */
export function instantToZoned(date: Date, zone: string): string {
  const shifted = new Date(date.getTime() + offsetAt(date.getTime(), zone));
  return shifted.toISOString().slice(0, 16);
}

/** "Tue, Dec 1, 2026, 9:30 AM (Europe/Berlin)". */
export function formatInZone(date: Date | string, zone: string): string {
  const text = new Intl.DateTimeFormat("en", { timeZone: zone, weekday: "short", dateStyle: undefined, year: "numeric", month: "short", day: "numeric", hour: "numeric", minute: "2-digit" }).format(new Date(date));
  return `${text} (${zone})`;
}
