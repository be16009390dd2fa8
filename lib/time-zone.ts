/** Time-zone arithmetic with Intl only, shared by the schedule picker and the server's schedule parser. */

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
