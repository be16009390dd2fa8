import "server-only";

/**
 * Engagement of deliveries published in the range, each counted once with its latest snapshot:
 * per platform (sums and median score), per pattern value (mean score and lift = mean / the
 * platform's median score), per posting slot (median score).
 */
import { sql } from "drizzle-orm";
import { parseSlotTag } from "@/server/learn/slot";
import type { AnalyticsContext } from "./context";
import { finalSnapshots } from "./final-snapshots";
import { num, numOrNull, rows } from "./query";
import { rangeDates, type RangeInput } from "./schemas";
import type { EngagementResult, PatternDimension } from "./types";

export const patternDimensions: PatternDimension[] = ["hook", "angle", "format", "length", "slot"];

export async function engagementStats(ctx: AnalyticsContext, range: RangeInput): Promise<EngagementResult> {
  const { from, to } = rangeDates(range);
  const finals = finalSnapshots(ctx.workspace.id, from, to);
  const platforms = await rows<Record<string, string | null>>(
    ctx.db,
    sql`select platform, count(*) as posts, sum(likes) as likes, sum(comments) as comments, sum(shares) as shares,
               sum(greatest(impressions, views)) as impressions, sum(clicks) as clicks, sum(saves) as saves,
               percentile_cont(0.5) within group (order by score) as median
        from ${finals} f group by platform order by count(*) desc, platform`,
  );
  const patterns = await rows<{ platform: string; dimension: PatternDimension; value: string; posts: string; score: string; median: string | null }>(
    ctx.db,
    sql`with f as ${finals},
        medians as (select platform, percentile_cont(0.5) within group (order by score) as median from f group by platform)
        select f.platform, d.dimension, f.patterns ->> d.dimension as value, count(*) as posts, avg(f.score) as score, m.median
        from f cross join unnest(array['hook', 'angle', 'format', 'length', 'slot']) as d(dimension)
        join medians m on m.platform = f.platform
        where f.patterns ->> d.dimension is not null
        group by f.platform, d.dimension, f.patterns ->> d.dimension, m.median
        order by f.platform, d.dimension, avg(f.score) desc`,
  );
  const slots = await rows<{ platform: string; slot: string; posts: string; median: string | null }>(
    ctx.db,
    sql`select platform, patterns ->> 'slot' as slot, count(*) as posts, percentile_cont(0.5) within group (order by score) as median
        from ${finals} f where patterns ->> 'slot' is not null group by 1, 2 order by 1, 2`,
  );
  return {
    byPlatform: platforms.map((r) => ({
      platform: r.platform!,
      posts: num(r.posts),
      likes: num(r.likes),
      comments: num(r.comments),
      shares: num(r.shares),
      impressions: num(r.impressions),
      clicks: num(r.clicks),
      saves: num(r.saves),
      medianScore: numOrNull(r.median),
    })),
    byPattern: patterns.map((r) => {
      const median = numOrNull(r.median);
      return { platform: r.platform, dimension: r.dimension, value: r.value, posts: num(r.posts), score: num(r.score), lift: median && median > 0 ? num(r.score) / median : null };
    }),
    bySlot: slots.flatMap((r) => {
      const slot = parseSlotTag(r.slot);
      return slot ? [{ platform: r.platform, weekday: slot.weekday, hour: slot.hour, posts: num(r.posts), medianScore: numOrNull(r.median) }] : [];
    }),
  };
}
