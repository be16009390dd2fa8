import "server-only";

/**
 * Nothing stays in flight without a live workflow (publishing): a job still scheduled, publishing
 * or retrying whose current workflow (publish_jobs.workflow_id) has ended — cancelled outside
 * Loomcast or by DBOS's deadline sweep, errored, or given up after too many crashed recoveries —
 * becomes `failed` through the same dead-letter path as any failed delivery (recordFailed: the
 * reason, the item's status, the author and approver notified, an audit record), so the jobs list
 * offers "Retry". An attempt that may have reached the platform stays open: the retry asks the
 * platform whether the post exists before sending it again.
 */
import { and, eq, inArray, sql } from "drizzle-orm";
import { db } from "@/server/db/client";
import { publishJobs, type PublishError } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { loadRun } from "@/server/publish/run/load-run";
import { recordFailed } from "@/server/publish/run/record-outcome";
import type { EndedStatus } from "./stranded-runs";

/** MISSING: the job names a successor workflow (hand-over.ts) that was never enqueued. */
type Stranded = { id: string; workspace_id: string; workflow_id: string; workflow_status: EndedStatus | "MISSING" };

/**
 * How long a job may name a workflow that does not exist. A hand-over records the successor one
 * checkpoint before enqueueing it; if the worker dies in between, the predecessor's recovery
 * (on restart, or a takeover after WORKER_DEAD_AFTER_SECONDS) enqueues it. Only a predecessor
 * that will never run again (cancelled, out of recovery attempts) leaves the id without a row.
 */
export const MISSING_WORKFLOW_AFTER_SECONDS = 15 * 60;

const why: Record<Stranded["workflow_status"], string> = {
  MISSING: "the worker handing it to its next attempt stopped before the attempt was queued",
  CANCELLED: "its publishing workflow was cancelled outside Loomcast (by an operator or the workflow engine's time limit)",
  ERROR: "its publishing workflow failed unexpectedly",
  MAX_RECOVERY_ATTEMPTS_EXCEEDED: "the worker publishing it crashed again and again, so it was not started again",
};

function strandedError(how: Stranded["workflow_status"]): PublishError {
  return { code: "stranded", message: `Publishing stopped before it finished: ${why[how]}. Retry to publish it.`, permanent: false };
}

async function settle(row: Stranded): Promise<boolean> {
  return transaction(async ({ tx }) => {
    const [job] = await tx
      .select({ id: publishJobs.id })
      .from(publishJobs)
      .where(
        and(
          eq(publishJobs.workspaceId, row.workspace_id),
          eq(publishJobs.id, row.id),
          // Still this workflow's, still in flight: a member's retry or cancel in between wins.
          eq(publishJobs.workflowId, row.workflow_id),
          inArray(publishJobs.status, ["scheduled", "publishing", "retrying"]),
        ),
      )
      .for("update");
    if (!job) return false;
    const run = await loadRun(tx, { jobId: row.id, workspaceId: row.workspace_id });
    if (!run) return false;
    await recordFailed(tx, run, null, "stranded", strandedError(row.workflow_status));
    return true;
  });
}

export async function settleStrandedJobs(graceSeconds: number, limit = 100): Promise<string[]> {
  const { rows } = await db.execute<Stranded>(sql`
    select j.id, j.workspace_id, j.workflow_id, w.status as workflow_status
    from publish_jobs j
    join dbos.workflow_status w on w.workflow_uuid = j.workflow_id
    where j.status in ('scheduled', 'publishing', 'retrying')
      and w.status in ('CANCELLED', 'ERROR', 'MAX_RECOVERY_ATTEMPTS_EXCEEDED')
      and w.updated_at < (extract(epoch from now()) * 1000)::bigint - ${Math.round(graceSeconds * 1000)}
    limit ${limit}`);
  const { rows: missing } = await db.execute<Stranded>(sql`
    select j.id, j.workspace_id, j.workflow_id, 'MISSING' as workflow_status
    from publish_jobs j
    where j.status in ('scheduled', 'publishing', 'retrying')
      and j.updated_at < now() - make_interval(secs => ${Math.max(MISSING_WORKFLOW_AFTER_SECONDS, graceSeconds)})
      and not exists (select 1 from dbos.workflow_status w where w.workflow_uuid = j.workflow_id)
    limit ${limit}`);
  const settled: string[] = [];
  for (const row of [...rows, ...missing]) if (await settle(row)) settled.push(row.id);
  return settled;
}
