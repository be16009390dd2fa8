import "server-only";

/**
 * Scheduled jobs a pre-flight sweep should check now: those within 24 hours of their slot whose
 * window is not checked yet for their current run time (windows.ts), and those already marked at
 * risk (re-checked each sweep, so a fix clears the mark within minutes). Across every workspace:
 * the sweep is the system's; each job is then handled with its own workspace id.
 */
import { and, asc, eq, gt, lte, sql } from "drizzle-orm";
import { db } from "@/server/db/client";
import { publishJobs } from "@/server/db/schema";
import { windowFor, type PreflightWindow } from "./windows";

export type DueJob = { jobId: string; workspaceId: string; window: PreflightWindow };

export async function jobsDueForPreflight(now: Date, limit = 200): Promise<DueJob[]> {
  const hourAhead = new Date(now.getTime() + 3600_000);
  const ms = sql`floor(extract(epoch from ${publishJobs.runAt}) * 1000)::bigint::text`;
  const window = sql`(case when ${publishJobs.runAt} <= ${hourAhead} then '1h' else '24h' end)`;
  const unchecked = sql`(${publishJobs.preflightMark} is null
    or (${publishJobs.preflightMark} <> ${window} || ':' || ${ms} and ${publishJobs.preflightMark} <> '1h:' || ${ms}))`;
  const rows = await db
    .select({ jobId: publishJobs.id, workspaceId: publishJobs.workspaceId, runAt: publishJobs.runAt })
    .from(publishJobs)
    .where(
      and(
        eq(publishJobs.status, "scheduled"),
        gt(publishJobs.runAt, now),
        lte(publishJobs.runAt, new Date(now.getTime() + 24 * 3600_000)),
        sql`(${unchecked} or ${publishJobs.risk} is not null)`,
      ),
    )
    .orderBy(asc(publishJobs.runAt))
    .limit(limit);
  return rows.flatMap((row) => {
    const w = windowFor(row.runAt, now);
    return w ? [{ jobId: row.jobId, workspaceId: row.workspaceId, window: w }] : [];
  });
}
