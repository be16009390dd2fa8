import "server-only";

/**
 * Content produced per ISO week (Monday, UTC) and kind: items created in the range whose
 * generation produced a reviewable version (not still generating, failed or cancelled).
 */
import { sql } from "drizzle-orm";
import type { AnalyticsContext } from "./context";
import { num, rows } from "./query";
import { rangeDates, type RangeInput } from "./schemas";
import type { ProductionResult } from "./types";

export async function productionStats(ctx: AnalyticsContext, range: RangeInput): Promise<ProductionResult> {
  const { from, to } = rangeDates(range);
  const found = await rows<{ week: string; kind: "blog" | "social" | "thread"; n: string }>(
    ctx.db,
    sql`select to_char(date_trunc('week', created_at at time zone 'UTC'), 'YYYY-MM-DD') as week, kind, count(*) as n
        from content_items
        where workspace_id = ${ctx.workspace.id} and created_at >= ${from} and created_at < ${to}
          and status not in ('generating', 'generation_failed', 'cancelled')
        group by 1, 2 order by 1`,
  );
  const weeks = new Map<string, ProductionResult["byWeek"][number]>();
  let total = 0;
  for (const row of found) {
    const week = weeks.get(row.week) ?? { week: row.week, blog: 0, social: 0, thread: 0 };
    week[row.kind] += num(row.n);
    total += num(row.n);
    weeks.set(row.week, week);
  }
  return { byWeek: [...weeks.values()], total };
}
