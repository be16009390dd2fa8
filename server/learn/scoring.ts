import "server-only";

/**
 * The learn loop's math, as pure functions (property-tested in tests/learn/scoring.test.ts).
 *
 * 1. rawEngagement: weighted interactions (comments and shares count more than likes), per
 *    impression where the platform reports impressions or views, else the weighted count.
 *    The blog's only signal is first-party page views.
 * 2. normalizedScore: raw / the channel's own rolling median (1 = a typical post of that
 *    account), capped so one viral post cannot dominate. Scaling all of a channel's numbers by k
 *    leaves every score unchanged.
 * 3. Pattern state: decayed sums (half-life) of post weight, normalized score and decile signal
 *    (+1 top decile, −1 bottom decile); trusted from a minimum number of samples.
 */
import type { Metrics } from "@/server/publish/connectors/types";

export const interactionWeights = { likes: 1, comments: 3, shares: 4, saves: 3, clicks: 2 } as const;
export const maxScore = 10;
export const defaultHalfLifeMs = 30 * 86_400_000;
export const minTrustedSamples = 5;
/** Fewer peer scores than this and deciles mean nothing: no reinforcement or penalty yet. */
export const minDecilePeers = 10;

const n = (v: number | undefined) => (v !== undefined && Number.isFinite(v) && v > 0 ? v : 0);

/** Weighted engagement of one snapshot; ≥ 0. */
export function rawEngagement(platform: string, m: Metrics): number {
  if (platform === "blog") return n(m.views);
  const interactions =
    n(m.likes) * interactionWeights.likes +
    n(m.comments) * interactionWeights.comments +
    n(m.shares) * interactionWeights.shares +
    n(m.saves) * interactionWeights.saves +
    n(m.clicks) * interactionWeights.clicks;
  const reach = n(m.impressions) || n(m.views);
  // Per 1,000 impressions, so rates and counts are of similar size in the UI.
  return reach > 0 ? (interactions / reach) * 1000 : interactions;
}

export function quantile(values: readonly number[], q: number): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const pos = (sorted.length - 1) * Math.min(1, Math.max(0, q));
  const lo = Math.floor(pos);
  const hi = Math.ceil(pos);
  return sorted[lo]! + (sorted[hi]! - sorted[lo]!) * (pos - lo);
}

export const median = (values: readonly number[]) => quantile(values, 0.5);

/**
 * A snapshot's score against its channel's baseline (the raw scores of the channel's recent
 * snapshots of the same window, this one included): raw / median, in [0, maxScore].
 */
export function normalizedScore(raw: number, baseline: readonly number[]): number {
  const base = median([...baseline, raw]) ?? 0;
  if (!(raw > 0)) return 0;
  if (!(base > 0)) return maxScore;
  return Math.min(maxScore, raw / base);
}

/** +1 when the score is in the top decile of its peers, −1 in the bottom decile, else 0. */
export function decileSignal(score: number, peers: readonly number[]): -1 | 0 | 1 {
  if (peers.length < minDecilePeers) return 0;
  const p90 = quantile(peers, 0.9)!;
  const p10 = quantile(peers, 0.1)!;
  if (p90 === p10) return 0;
  if (score >= p90) return 1;
  if (score <= p10) return -1;
  return 0;
}

/** The multiplier a decayed sum gets after `elapsedMs`: 0.5 at one half-life. */
export function decayFactor(elapsedMs: number, halfLifeMs = defaultHalfLifeMs): number {
  if (!(elapsedMs > 0)) return 1;
  return Math.pow(0.5, elapsedMs / halfLifeMs);
}

export type PatternState = { weight: number; scoreSum: number; signal: number; samples: number; decayedAt: number };

export const emptyPattern = (at: number): PatternState => ({ weight: 0, scoreSum: 0, signal: 0, samples: 0, decayedAt: at });

/** The state as of `at` (never un-decays when `at` is earlier than the last update). */
export function decayTo(state: PatternState, at: number, halfLifeMs = defaultHalfLifeMs): PatternState {
  const f = decayFactor(at - state.decayedAt, halfLifeMs);
  return { weight: state.weight * f, scoreSum: state.scoreSum * f, signal: state.signal * f, samples: state.samples, decayedAt: Math.max(at, state.decayedAt) };
}

/** Adds one post (its normalized score and decile signal) observed at `at`. */
export function observe(state: PatternState, obs: { score: number; signal: -1 | 0 | 1; at: number }, halfLifeMs = defaultHalfLifeMs): PatternState {
  const d = decayTo(state, obs.at, halfLifeMs);
  const score = Math.min(maxScore, Math.max(0, obs.score));
  return { weight: d.weight + 1, scoreSum: d.scoreSum + score, signal: d.signal + obs.signal, samples: d.samples + 1, decayedAt: d.decayedAt };
}

export const isTrusted = (state: PatternState, minSamples = minTrustedSamples) => state.samples >= minSamples && state.weight > 0;

/** Average normalized score of the pattern's posts (1 = the account's median); null when untrusted. */
export function lift(state: PatternState, minSamples = minTrustedSamples): number | null {
  if (!isTrusted(state, minSamples)) return null;
  return state.scoreSum / state.weight;
}

/** Reinforcement in [−1, 1]: share of decile wins minus losses; 0 when untrusted. */
export function strength(state: PatternState, minSamples = minTrustedSamples): number {
  if (!isTrusted(state, minSamples)) return 0;
  return Math.max(-1, Math.min(1, state.signal / state.weight));
}
