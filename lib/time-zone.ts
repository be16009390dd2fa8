/** The one time-zone module: Intl-only arithmetic, zone checks and pickers, shared by browser and server. */

/** Offset of `zone` from UTC at `instant`, in ms (wall time minus UTC). Throws on an unknown zone. */
export function zoneOffset(instant: number, zone: string): number {
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
  const wall = Date.UTC(get("year"), get("month") - 1, get("day"), get("hour"), get("minute"), get("second"));
  return wall - Math.floor(instant / 1000) * 1000;
}

/**
 * The instant at which clocks in `zone` show the wall time `wallUtcMs` (the wall time's fields
 * encoded as if UTC). Two passes settle offsets that change at that moment (DST).
 */
export function wallTimeToInstant(wallUtcMs: number, zone: string): Date {
  let instant = wallUtcMs - zoneOffset(wallUtcMs, zone);
  instant = wallUtcMs - zoneOffset(instant, zone);
  return new Date(instant);
}

/** Whether Intl knows `zone` as an IANA time zone. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat("en-US", { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** `zone` when Intl knows it, else UTC (for stored zones that may have gone stale). */
export function safeTimeZone(zone: string | null | undefined): string {
  return zone && isTimeZone(zone) ? zone : "UTC";
}

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
