/** analytics.bestTimes: one channel's best posting slots (its own data, or general defaults). */
import { and, desc, eq, gte, isNotNull } from "drizzle-orm";
import { channels, metricSnapshots } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import { bestTimesFrom, lookbackDays } from "@/server/learn/best-times";
import { safeTimeZone } from "@/server/learn/slot";
import type { AnalyticsContext } from "./context";
import type { BestTimesInput } from "./schemas";
import type { BestTimes } from "./types";

export async function channelPostScores(ctx: AnalyticsContext, channelId: string, now = new Date()) {
  const found = await ctx.db
    .select({ patterns: metricSnapshots.patterns, score: metricSnapshots.score })
    .from(metricSnapshots)
    .where(
      and(
        eq(metricSnapshots.workspaceId, ctx.workspace.id),
        eq(metricSnapshots.channelId, channelId),
        isNotNull(metricSnapshots.learnedAt),
        gte(metricSnapshots.publishedAt, new Date(now.getTime() - lookbackDays * 86_400_000)),
      ),
    )
    .orderBy(desc(metricSnapshots.publishedAt))
    .limit(1000);
  return found.flatMap((r) => (r.patterns.slot && r.score !== null ? [{ slot: r.patterns.slot, score: r.score }] : []));
}

export async function bestTimes(ctx: AnalyticsContext, input: BestTimesInput): Promise<BestTimes> {
  const [channel] = await ctx.db
    .select({ id: channels.id, kind: channels.kind, queueSchedule: channels.queueSchedule })
    .from(channels)
    .where(and(eq(channels.workspaceId, ctx.workspace.id), eq(channels.id, input.channelId)));
  if (!channel) throw notFound("The channel");
  const answer = bestTimesFrom(channel.kind, await channelPostScores(ctx, channel.id));
  return { ...answer, timezone: safeTimeZone(channel.queueSchedule?.timezone) };
}
