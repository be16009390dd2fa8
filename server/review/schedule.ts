import "server-only";

/**
 * Reads a schedule time: an ISO instant with Z/offset, or a local "YYYY-MM-DDTHH:mm[:ss]" read in an
 * IANA time zone. It must lie in the future (and within a year); mistakes name their field.
 */
import { isTimeZone, wallTimeToInstant } from "@/lib/time-zone";
import { AppError } from "@/server/errors/app-error";

const localPattern = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})(?::(\d{2}))?$/;
const maxAheadMs = 366 * 24 * 3600 * 1000;

function localToInstant(text: string, zone: string): Date {
  const m = localPattern.exec(text);
  if (!m) throw new AppError("VALIDATION", "Give the date and time as YYYY-MM-DDTHH:mm.", { field: "scheduledFor" });
  const [y, mo, d, h, mi, s] = m.slice(1).map((v) => Number(v ?? 0)) as [number, number, number, number, number, number];
  const wall = Date.UTC(y, mo - 1, d, h, mi, s);
  const check = new Date(wall);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59 || s > 59) {
    throw new AppError("VALIDATION", "That date does not exist.", { field: "scheduledFor" });
  }
  return wallTimeToInstant(wall, zone);
}

export function parseSchedule(scheduledFor: string, timezone: string | undefined, now = new Date()): { at: Date; timezone: string } {
  if (timezone !== undefined && !isTimeZone(timezone)) {
    throw new AppError("VALIDATION", `"${timezone}" is not a time zone we know; pick one like Europe/Berlin.`, { field: "timezone" });
  }
  const hasOffset = /(Z|[+-]\d{2}:?\d{2})$/i.test(scheduledFor);
  let at: Date;
  if (hasOffset) {
    at = new Date(scheduledFor);
    if (Number.isNaN(at.getTime())) throw new AppError("VALIDATION", "That date and time is not valid.", { field: "scheduledFor" });
  } else {
    if (!timezone) throw new AppError("VALIDATION", "Pick the time zone of the schedule.", { field: "timezone" });
    at = localToInstant(scheduledFor, timezone);
  }
  if (at.getTime() <= now.getTime()) throw new AppError("VALIDATION", "The schedule time must be in the future.", { field: "scheduledFor" });
  if (at.getTime() - now.getTime() > maxAheadMs) throw new AppError("VALIDATION", "Schedule at most a year ahead.", { field: "scheduledFor" });
  return { at, timezone: timezone ?? "UTC" };
}

/** A schedule given at an earlier step of this version that still lies in the future (used by the final step). */
export function pendingSchedule(live: { scheduledFor: Date | null; timezone: string | null }[], now = new Date()) {
  const last = live.filter((a) => a.scheduledFor).at(-1);
  if (!last?.scheduledFor || last.scheduledFor.getTime() <= now.getTime()) return null;
  return { at: last.scheduledFor, timezone: last.timezone ?? "UTC" };
}
