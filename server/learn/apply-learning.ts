import "server-only";

/**
 * Feeds one delivery into the workspace's pattern scores, once: its latest successful snapshot
 * (the 72 h one, or the latest earlier one when a later pull missed) is marked learned, its score
 * is placed among the platform's recent learned scores (top decile reinforces, bottom decile
 * penalizes), and every pattern tag it carries is updated with decay. One transaction: the mark
 * and the updates commit together, so a retried step never counts a post twice.
 */
import { and, desc, eq, gte, isNotNull, sql } from "drizzle-orm";
import { metricSnapshots, patternScores } from "@/server/db/schema";
import { transaction, type Tx } from "@/server/db/transaction";
import { decileSignal, observe, type PatternState } from "./scoring";
import type { MetricsIds } from "./pull-metrics";

export const learnedDimensions = ["hook", "angle", "format", "length", "slot"] as const;
const peerDays = 90;
const windowRank: Record<string, number> = { "72h": 3, "24h": 2, "6h": 1 };

type Platform = (typeof metricSnapshots.$inferSelect)["platform"];

async function updatePattern(tx: Tx, key: { workspaceId: string; platform: Platform; dimension: string; value: string }, obs: { score: number; signal: -1 | 0 | 1; at: number }) {
  await tx.insert(patternScores).values({ ...key, decayedAt: new Date(obs.at) }).onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(patternScores)
    .where(and(eq(patternScores.workspaceId, key.workspaceId), eq(patternScores.platform, key.platform), eq(patternScores.dimension, key.dimension), eq(patternScores.value, key.value)))
    .for("update");
  const state: PatternState = { weight: row!.weight, scoreSum: row!.scoreSum, signal: row!.signal, samples: row!.samples, decayedAt: row!.decayedAt.getTime() };
  const next = observe(state, obs);
  await tx
    .update(patternScores)
    .set({ weight: next.weight, scoreSum: next.scoreSum, signal: next.signal, samples: next.samples, decayedAt: new Date(next.decayedAt) })
    .where(and(eq(patternScores.workspaceId, key.workspaceId), eq(patternScores.id, row!.id)));
}

export async function learnFromDelivery(ids: MetricsIds, now = new Date()): Promise<{ learned: boolean; window?: string; signal?: number }> {
  return transaction(async ({ tx }) => {
    const snaps = await tx
      .select()
      .from(metricSnapshots)
      .where(and(eq(metricSnapshots.workspaceId, ids.workspaceId), eq(metricSnapshots.jobId, ids.jobId)))
      .for("update");
    if (snaps.some((s) => s.learnedAt !== null)) return { learned: false };
    const chosen = snaps.filter((s) => s.status === "ok" && s.score !== null).sort((a, b) => (windowRank[b.window] ?? 0) - (windowRank[a.window] ?? 0))[0];
    if (!chosen) return { learned: false };

    const peers = await tx
      .select({ score: metricSnapshots.score })
      .from(metricSnapshots)
      .where(
        and(
          eq(metricSnapshots.workspaceId, ids.workspaceId),
          eq(metricSnapshots.platform, chosen.platform),
          isNotNull(metricSnapshots.learnedAt),
          gte(metricSnapshots.learnedAt, new Date(now.getTime() - peerDays * 86_400_000)),
        ),
      )
      .orderBy(desc(metricSnapshots.learnedAt))
      .limit(500);
    const signal = decileSignal(chosen.score!, peers.map((p) => p.score ?? 0));
    await tx
      .update(metricSnapshots)
      .set({ learnedAt: now })
      .where(and(eq(metricSnapshots.workspaceId, ids.workspaceId), eq(metricSnapshots.id, chosen.id), sql`${metricSnapshots.learnedAt} is null`));
    for (const dimension of learnedDimensions) {
      const value = chosen.patterns[dimension];
      if (!value) continue;
      await updatePattern(tx, { workspaceId: ids.workspaceId, platform: chosen.platform, dimension, value }, { score: chosen.score!, signal, at: now.getTime() });
    }
    return { learned: true, window: chosen.window, signal };
  });
}
