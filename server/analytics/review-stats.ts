import "server-only";

/**
 * Review outcomes of items whose first decision falls in the range. First pass: approved with no
 * "changes requested" or "rejected" decision on the item. Time in review: from the creation of
 * the version first decided on to that first decision.
 */
import { sql } from "drizzle-orm";
import type { AnalyticsContext } from "./context";
import { num, numOrNull, ratio, rows } from "./query";
import { rangeDates, type RangeInput } from "./schemas";
import type { ReviewResult } from "./types";

type Row = { week: string | null; decided: string; first_pass: string; approved: string; p50: string | null; p90: string | null };

export async function reviewStats(ctx: AnalyticsContext, range: RangeInput): Promise<ReviewResult> {
  const { from, to } = rangeDates(range);
  const ws = ctx.workspace.id;
  const found = await rows<Row>(
    ctx.db,
    sql`with firsts as (
          select distinct on (a.content_item_id) a.content_item_id, a.created_at as decided_at,
                 extract(epoch from (a.created_at - v.created_at)) / 3600.0 as hours
          from approvals a
          join content_versions v on v.content_item_id = a.content_item_id and v.number = a.version_number and v.workspace_id = a.workspace_id
          where a.workspace_id = ${ws}
          order by a.content_item_id, a.created_at, a.id
        ), items as (
          select f.*, to_char(date_trunc('week', f.decided_at at time zone 'UTC'), 'YYYY-MM-DD') as week,
                 bool_or(a.decision = 'approved') as approved,
                 bool_or(a.decision = 'approved') and not bool_or(a.decision in ('changes_requested', 'rejected')) as first_pass
          from firsts f join approvals a on a.content_item_id = f.content_item_id and a.workspace_id = ${ws}
          where f.decided_at >= ${from} and f.decided_at < ${to}
          group by f.content_item_id, f.decided_at, f.hours
        )
        select grouping(week) = 1 as is_total, week, count(*) as decided,
               count(*) filter (where first_pass) as first_pass, count(*) filter (where approved) as approved,
               percentile_cont(0.5) within group (order by hours) as p50,
               percentile_cont(0.9) within group (order by hours) as p90
        from items group by grouping sets ((week), ()) order by week nulls first`,
  );
  const total = found.find((r) => r.week === null);
  const decided = num(total?.decided);
  const firstPassApproved = num(total?.first_pass);
  const approved = num(total?.approved);
  return {
    decided,
    firstPassApproved,
    approved,
    firstPassRate: ratio(firstPassApproved, decided),
    approvalRate: ratio(approved, decided),
    timeInReviewHours: { p50: numOrNull(total?.p50), p90: numOrNull(total?.p90) },
    byWeek: found
      .filter((r) => r.week !== null)
      .map((r) => ({ week: r.week!, firstPassRate: ratio(num(r.first_pass), num(r.decided)), approvalRate: ratio(num(r.approved), num(r.decided)), medianHours: numOrNull(r.p50) })),
  };
}
