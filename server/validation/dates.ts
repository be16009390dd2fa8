import "server-only";
import { z } from "zod";

/** The dates the product accepts anywhere: 1970-01-01 up to the end of year 9999 (UTC). */
export const earliestDate = new Date(Date.UTC(1970, 0, 1));
export const latestDate = new Date(Date.UTC(9999, 11, 31, 23, 59, 59, 999));

const outOfRange = "Pick a date between 1970 and 9999.";

/** True for a valid Date inside the product's range. */
export function isDateInRange(date: Date): boolean {
  const time = date.getTime();
  return Number.isFinite(time) && time >= earliestDate.getTime() && time <= latestDate.getTime();
}

/** A Date between 1970 and 9999 (PostgreSQL can store far more, but nothing real lies outside). */
export const boundedDate = () => z.date({ error: "Give a valid date." }).refine(isDateInRange, { error: outOfRange });

/** An ISO 8601 instant with an offset (`2026-12-03T10:00:00Z`), between 1970 and 9999. */
export const isoInstant = (error = "Give an ISO date and time") =>
  z.iso.datetime({ offset: true, error }).refine((value) => Number.isNaN(Date.parse(value)) || isDateInRange(new Date(value)), {
    error: outOfRange, // (a string that is no date at all already has the format's message)
  });
