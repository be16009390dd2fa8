import "server-only";
import { z } from "zod";
import { channelKinds } from "@/server/db/schema/publish";
import { isoInstant as boundedIsoInstant } from "@/server/validation/dates";

const maxRangeDays = 366;
const isoInstant = boundedIsoInstant();

const rangeFields = { from: isoInstant, to: isoInstant };
type RangeLike = { from: string; to: string };

function checkRange(r: RangeLike, ctx: z.RefinementCtx): void {
  const span = new Date(r.to).getTime() - new Date(r.from).getTime();
  if (span <= 0) ctx.addIssue({ code: "custom", path: ["from"], message: "The start date must be before the end date." });
  else if (span > maxRangeDays * 86_400_000) ctx.addIssue({ code: "custom", path: ["to"], message: `Pick a range of at most ${maxRangeDays} days.` });
}

/** A date range `{ from, to }` (ISO strings), at most 366 days, `from` before `to`. */
export const rangeInput = z.object(rangeFields).superRefine(checkRange);
export type RangeInput = z.infer<typeof rangeInput>;

export const topPostsInput = z.object({ ...rangeFields, limit: z.number().int().min(1).max(100).optional() }).superRefine(checkRange);
export type TopPostsInput = z.infer<typeof topPostsInput>;

/** Optionally only one platform's insights. */
export const insightsInput = z.object({ platform: z.enum(channelKinds).optional() });
export type InsightsInput = z.infer<typeof insightsInput>;

export const bestTimesInput = z.object({ channelId: z.string().min(1).max(64) });
export type BestTimesInput = z.infer<typeof bestTimesInput>;

export const analyticsTables = ["production", "review", "stages", "costs", "engagement_platform", "engagement_pattern", "engagement_slot", "top_posts"] as const;
export type AnalyticsTable = (typeof analyticsTables)[number];

/** A checked range as Dates. */
export function rangeDates(range: RangeLike): { from: Date; to: Date } {
  return { from: new Date(range.from), to: new Date(range.to) };
}
