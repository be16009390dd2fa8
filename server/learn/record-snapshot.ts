import "server-only";

/**
 * Writes one metric snapshot: the raw counts, the raw engagement, and the score against the
 * channel's own rolling baseline (the median raw engagement of its snapshots of the same window
 * over the last 90 days). The item's pattern tags plus the delivery's platform and posting slot
 * are copied onto the row, so analytics group by them without re-deriving.
 */
import { and, desc, eq, gte, ne } from "drizzle-orm";
import { db } from "@/server/db/client";
import { metricSnapshots } from "@/server/db/schema";
import type { Metrics } from "@/server/publish/connectors/types";
import type { LoadedDelivery } from "./pull-metrics";
import { normalizedScore, rawEngagement } from "./scoring";
import { slotOf, slotTag } from "./slot";
import type { MetricWindow } from "./windows";

export const baselineDays = 90;
const baselineLimit = 200;

type SnapshotInput = { status: "ok" | "missed"; metrics: Metrics; attempts: number; error?: string };

const count = (v: number | undefined) => (v !== undefined && Number.isFinite(v) && v > 0 ? Math.round(v) : 0);

/** The pattern tags of one delivery: the item's tags plus platform and posting slot. */
export function deliveryPatterns(delivery: LoadedDelivery): Record<string, string> {
  const at = delivery.job.publishedAt ?? delivery.job.runAt;
  return { ...delivery.patterns, platform: delivery.channel.kind, slot: slotTag(slotOf(at, delivery.job.timezone)) };
}

export async function channelBaseline(workspaceId: string, channelId: string, window: MetricWindow, excludeJobId: string, now = new Date()): Promise<number[]> {
  const rows = await db
    .select({ raw: metricSnapshots.rawScore })
    .from(metricSnapshots)
    .where(
      and(
        eq(metricSnapshots.workspaceId, workspaceId),
        eq(metricSnapshots.channelId, channelId),
        eq(metricSnapshots.window, window),
        eq(metricSnapshots.status, "ok"),
        ne(metricSnapshots.jobId, excludeJobId),
        gte(metricSnapshots.capturedAt, new Date(now.getTime() - baselineDays * 86_400_000)),
      ),
    )
    .orderBy(desc(metricSnapshots.capturedAt))
    .limit(baselineLimit);
  return rows.map((r) => r.raw ?? 0);
}

/** Returns whether a row was inserted (false: this window was already recorded). */
export async function recordSnapshot(delivery: LoadedDelivery, window: MetricWindow, input: SnapshotInput): Promise<boolean> {
  const { job, channel } = delivery;
  const m = input.metrics;
  let rawScore: number | null = null;
  let score: number | null = null;
  if (input.status === "ok") {
    rawScore = rawEngagement(channel.kind, m);
    score = normalizedScore(rawScore, await channelBaseline(job.workspaceId, channel.id, window, job.id));
  }
  const inserted = await db
    .insert(metricSnapshots)
    .values({
      workspaceId: job.workspaceId,
      jobId: job.id,
      channelId: channel.id,
      contentItemId: job.contentItemId,
      platform: channel.kind,
      window,
      status: input.status,
      likes: count(m.likes),
      comments: count(m.comments),
      shares: count(m.shares),
      impressions: count(m.impressions),
      views: count(m.views),
      clicks: count(m.clicks),
      saves: count(m.saves),
      rawScore,
      score,
      patterns: deliveryPatterns(delivery),
      attempts: input.attempts,
      error: input.error ?? null,
      publishedAt: job.publishedAt!,
    })
    .onConflictDoNothing({ target: [metricSnapshots.jobId, metricSnapshots.window] })
    .returning({ id: metricSnapshots.id });
  return inserted.length > 0;
}
