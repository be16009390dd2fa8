import "server-only";

/** Per generation stage: attempts in the range, failures, and duration percentiles. */
import { sql } from "drizzle-orm";
import type { AnalyticsContext } from "./context";
import { num, numOrNull, rows } from "./query";
import { rangeDates, type RangeInput } from "./schemas";
import type { CostRow, StageRow } from "./types";

/** Outcomes that count as a failed stage (a cancel or a skip is not the stage's failure). */
export const failedOutcomes = ["failed", "rejected", "timed_out"] as const;

export async function stageStats(ctx: AnalyticsContext, range: RangeInput): Promise<StageRow[]> {
  const { from, to } = rangeDates(range);
  const found = await rows<{ stage: string; runs: string; failures: string; p50: string | null; p90: string | null }>(
    ctx.db,
    sql`select stage, count(*) as runs,
               count(*) filter (where outcome in ('failed', 'rejected', 'timed_out')) as failures,
               percentile_cont(0.5) within group (order by duration_ms) filter (where outcome <> 'skipped') as p50,
               percentile_cont(0.9) within group (order by duration_ms) filter (where outcome <> 'skipped') as p90
        from generation_steps
        where workspace_id = ${ctx.workspace.id} and started_at >= ${from} and started_at < ${to}
        group by stage order by min(started_at), stage`,
  );
  return found.map((r) => ({ stage: r.stage, runs: num(r.runs), failures: num(r.failures), failureRate: num(r.failures) / Math.max(1, num(r.runs)), p50Ms: numOrNull(r.p50), p90Ms: numOrNull(r.p90) }));
}

/** Tokens and cost per month (UTC), provider, model and stage. Steps without a model (skipped) are left out. */
export async function costStats(ctx: AnalyticsContext, range: RangeInput): Promise<CostRow[]> {
  const { from, to } = rangeDates(range);
  const found = await rows<{ month: string; provider: string; model: string; stage: string; tokens_in: string; tokens_out: string; cost: string }>(
    ctx.db,
    sql`select to_char(started_at at time zone 'UTC', 'YYYY-MM') as month, coalesce(provider, 'unknown') as provider, coalesce(model, 'unknown') as model, stage,
               sum(tokens_in) as tokens_in, sum(tokens_out) as tokens_out, sum(cost_usd) as cost
        from generation_steps
        where workspace_id = ${ctx.workspace.id} and started_at >= ${from} and started_at < ${to} and (provider is not null or model is not null)
        group by 1, 2, 3, 4 order by 1, 2, 3, 4`,
  );
  return found.map((r) => ({ month: r.month, provider: r.provider, model: r.model, stage: r.stage, tokensIn: num(r.tokens_in), tokensOut: num(r.tokens_out), costUsd: num(r.cost) }));
}
