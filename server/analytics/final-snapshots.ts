import "server-only";
import { sql } from "drizzle-orm";

/**
 * The latest successful snapshot of each delivery published in [from, to) — the 72 h one, or
 * the latest earlier one — as a SQL subquery, scoped to one workspace.
 */
export function finalSnapshots(workspaceId: string, from: Date, to: Date) {
  return sql`(select distinct on (s.job_id) s.*
     from metric_snapshots s
     where s.workspace_id = ${workspaceId} and s.status = 'ok' and s.published_at >= ${from} and s.published_at < ${to}
     order by s.job_id, case s.window when '72h' then 3 when '24h' then 2 when '6h' then 1 else 0 end desc)`;
}
