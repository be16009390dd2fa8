import "server-only";

/**
 * The workspace's trusted patterns, strongest first, each with a plain explanation. Read by the
 * dashboard (analytics.insights) and by generation (the prompt guidance).
 */
import { and, eq, gte, inArray } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { patternScores } from "@/server/db/schema";
import { formatLift, patternLabel, platformLabel } from "./labels";
import { decayTo, lift, minTrustedSamples, type PatternState } from "./scoring";

export type PatternInsight = { platform: string; dimension: string; value: string; lift: number; samples: number; strength: number; text: string };

/** A pattern stands out when its posts do at least 20 % better or worse than the account's median. */
export const notableLift = { above: 1.2, below: 0.8 } as const;

export function insightText(platform: string, dimension: string, value: string, patternLift: number, samples: number): string {
  const who = patternLabel(dimension, value);
  const where = platformLabel(platform);
  const tail = `(${samples} posts, weighted towards the last 30 days)`;
  if (patternLift >= 1) return `${who} got ${formatLift(patternLift)} your median engagement on ${where} ${tail}.`;
  return `${who} got only ${formatLift(patternLift)} your median engagement on ${where} ${tail}; consider other options.`;
}

export async function patternInsights(db: Db, workspaceId: string, options: { platforms?: string[]; now?: Date; includeNeutral?: boolean } = {}): Promise<PatternInsight[]> {
  const now = (options.now ?? new Date()).getTime();
  const where = [eq(patternScores.workspaceId, workspaceId), gte(patternScores.samples, minTrustedSamples)];
  if (options.platforms && options.platforms.length > 0) where.push(inArray(patternScores.platform, options.platforms as (typeof patternScores.$inferSelect)["platform"][]));
  const rows = await db.select().from(patternScores).where(and(...where));
  const out: PatternInsight[] = [];
  for (const row of rows) {
    const state: PatternState = decayTo({ weight: row.weight, scoreSum: row.scoreSum, signal: row.signal, samples: row.samples, decayedAt: row.decayedAt.getTime() }, now);
    const l = lift(state);
    if (l === null) continue;
    if (!options.includeNeutral && l < notableLift.above && l > notableLift.below) continue;
    const strength = state.weight > 0 ? Math.max(-1, Math.min(1, state.signal / state.weight)) : 0;
    out.push({ platform: row.platform, dimension: row.dimension, value: row.value, lift: l, samples: row.samples, strength, text: insightText(row.platform, row.dimension, row.value, l, row.samples) });
  }
  // Strongest deviation from the median first.
  return out.sort((a, b) => Math.abs(Math.log(b.lift || 1e-6)) - Math.abs(Math.log(a.lift || 1e-6)));
}
