import "server-only";

/** analytics.bestTimes: one channel's best posting slots (its own data, or general defaults). */
import { and, eq } from "drizzle-orm";
import { channels } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import { bestTimesFrom } from "@/server/learn/best-times";
import { channelPostScores } from "@/server/learn/channel-post-scores";
import { safeTimeZone } from "@/lib/time-zone";
import type { AnalyticsContext } from "./context";
import type { BestTimesInput } from "./schemas";
import type { BestTimes } from "./types";

export async function bestTimes(ctx: AnalyticsContext, input: BestTimesInput): Promise<BestTimes> {
  const [channel] = await ctx.db
    .select({ id: channels.id, kind: channels.kind, queueSchedule: channels.queueSchedule })
    .from(channels)
    .where(and(eq(channels.workspaceId, ctx.workspace.id), eq(channels.id, input.channelId)));
  if (!channel) throw notFound("The channel");
  const answer = bestTimesFrom(channel.kind, await channelPostScores(ctx.db, ctx.workspace.id, channel.id));
  return { ...answer, timezone: safeTimeZone(channel.queueSchedule?.timezone) };
}
