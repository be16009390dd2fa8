import "server-only";

/**
 * Best times to post on one channel: from the workspace's own results once the channel has
 * enough measured posts (median score per weekday/3-hour slot, slots with at least two posts),
 * else general per-platform defaults — and the answer says which.
 */
import { formatLift, platformLabel } from "./labels";
import { median } from "./scoring";
import { parseSlotTag, slotLabel, type Slot } from "./slot";

/** Measured posts a channel needs before its own slots are used. */
export const minPostsForOwnTimes = 10;
export const minPostsPerSlot = 2;
export const lookbackDays = 90;

const weekdays = (days: number[], hour: number): Slot[] => days.map((weekday) => ({ weekday, hour }));

/** Commonly published industry defaults (local time), used until a channel has its own data. */
export const defaultSlots: Record<string, Slot[]> = {
  linkedin: [...weekdays([2, 3, 4], 9), { weekday: 2, hour: 12 }],
  x: [...weekdays([2, 3, 4], 9), { weekday: 3, hour: 12 }],
  facebook: [...weekdays([3, 4, 5], 9), { weekday: 4, hour: 12 }],
  instagram: [{ weekday: 2, hour: 9 }, { weekday: 3, hour: 12 }, { weekday: 5, hour: 9 }, { weekday: 4, hour: 18 }],
  threads: [{ weekday: 2, hour: 9 }, { weekday: 3, hour: 12 }, { weekday: 4, hour: 9 }],
  bluesky: [...weekdays([2, 3, 4], 12)],
  mastodon: [...weekdays([2, 3, 4], 12)],
  pinterest: [...weekdays([5, 6, 0], 18)],
  blog: [...weekdays([2, 3, 4], 9)],
  webhook: [...weekdays([2, 3, 4], 9)],
};

export type BestSlot = { weekday: number; hour: number; score: number; why: string };
export type BestTimesAnswer = { source: "workspace" | "defaults"; slots: BestSlot[] };

/** `posts`: the channel's measured posts (slot tag and normalized score), newest first. */
export function bestTimesFrom(platform: string, posts: Array<{ slot: string; score: number }>, limit = 5): BestTimesAnswer {
  const where = platformLabel(platform);
  if (posts.length >= minPostsForOwnTimes) {
    const bySlot = new Map<string, number[]>();
    for (const p of posts) if (parseSlotTag(p.slot)) bySlot.set(p.slot, [...(bySlot.get(p.slot) ?? []), p.score]);
    const ranked = [...bySlot.entries()]
      .filter(([, scores]) => scores.length >= minPostsPerSlot)
      .map(([tag, scores]) => ({ slot: parseSlotTag(tag)!, score: median(scores)!, n: scores.length }))
      .sort((a, b) => b.score - a.score || b.n - a.n)
      .slice(0, limit);
    if (ranked.length > 0) {
      return {
        source: "workspace",
        slots: ranked.map((r) => ({
          ...r.slot,
          score: r.score,
          why: `Your posts on ${where} at ${slotLabel(r.slot)} got ${formatLift(r.score)} your median engagement (${r.n} posts in the last ${lookbackDays} days).`,
        })),
      };
    }
  }
  const reason = posts.length < minPostsForOwnTimes ? `${posts.length} of ${minPostsForOwnTimes} measured posts so far` : "no time slot has two measured posts yet";
  return {
    source: "defaults",
    slots: (defaultSlots[platform] ?? defaultSlots.blog!).slice(0, limit).map((slot, i, all) => ({
      ...slot,
      score: (all.length - i) / all.length,
      why: `A commonly good time on ${where} (general default; not enough of your own data yet: ${reason}).`,
    })),
  };
}
