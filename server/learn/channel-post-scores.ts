import "server-only";

/** A channel's measured posts of the last 90 days (slot tag and final normalized score), newest first. */
import { and, desc, eq, gte, isNotNull } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { metricSnapshots } from "@/server/db/schema";
import { lookbackDays } from "./best-times";

export async function channelPostScores(db: Db, workspaceId: string, channelId: string, now = new Date()): Promise<Array<{ slot: string; score: number }>> {
  const found = await db
    .select({ patterns: metricSnapshots.patterns, score: metricSnapshots.score })
    .from(metricSnapshots)
    .where(
      and(
        eq(metricSnapshots.workspaceId, workspaceId),
        eq(metricSnapshots.channelId, channelId),
        isNotNull(metricSnapshots.learnedAt),
        gte(metricSnapshots.publishedAt, new Date(now.getTime() - lookbackDays * 86_400_000)),
      ),
    )
    .orderBy(desc(metricSnapshots.publishedAt))
    .limit(1000);
  return found.flatMap((r) => (r.patterns.slot && r.score !== null ? [{ slot: r.patterns.slot, score: r.score }] : []));
}
