import "server-only";

/**
 * Nothing stays in flight without a live workflow (generation): a run still queued or running
 * whose DBOS workflow has ended — cancelled (from outside, or by DBOS's deadline sweep), errored,
 * or given up after too many crashed recoveries — without the workflow settling the run itself
 * (it was not running in a live process when that happened). The run ends through the same path
 * as any failed run (endRun: the run's status and cause, the item back out of `generating`, a
 * last event in its log). `graceSeconds` leaves a workflow that is still settling its own run time
 * to do so.
 */
import { sql } from "drizzle-orm";
import type { StageName } from "@/server/ai/stage-schemas";
import { db } from "@/server/db/client";
import { transaction } from "@/server/db/transaction";
import { timeoutError } from "@/server/generation/begin-stage";
import { cancelledOutside } from "@/server/generation/cancelled-outside";
import { endRun } from "@/server/generation/end-run";
import { isActive, lockRun } from "@/server/generation/lock-run";
import type { RunError } from "@/server/generation/run-error";
import { midSentence, stageLabels } from "@/server/generation/stages";

export const endedStatuses = ["CANCELLED", "ERROR", "MAX_RECOVERY_ATTEMPTS_EXCEEDED"] as const;
export type EndedStatus = (typeof endedStatuses)[number];

type Stranded = { id: string; workspace_id: string; workflow_id: string; workflow_status: EndedStatus };

function strandedError(stage: StageName, how: EndedStatus): RunError {
  const where = `the ${midSentence(stageLabels[stage])} stage`;
  if (how === "ERROR") return { stage, message: `The run stopped at ${where}.`, cause: "the workflow running it failed unexpectedly and could not record why", retryable: true };
  if (how === "MAX_RECOVERY_ATTEMPTS_EXCEEDED") {
    return { stage, message: `The run stopped at ${where}.`, cause: `the worker running it crashed again and again during ${where}, so it was not started again`, retryable: true };
  }
  return cancelledOutside(stage);
}

/** Ends one stranded run, if it is still active and still this workflow's. Returns its final status. */
async function settle(row: Stranded): Promise<"failed" | "timed_out" | null> {
  return transaction(async ({ tx }) => {
    const ids = { runId: row.id, workspaceId: row.workspace_id };
    const run = await lockRun(tx, ids);
    if (!run || !isActive(run.status) || run.workflowId !== row.workflow_id) return null;
    const stage = (run.stage ?? "research") as StageName;
    const ref = { ...ids, contentItemId: run.contentItemId, workflowId: run.workflowId };
    // A cancel at or past the run's deadline is DBOS's timeout: the run timed out.
    if (row.workflow_status === "CANCELLED" && new Date() >= run.deadlineAt) {
      return (await endRun(tx, ref, "timed_out", timeoutError(stage, run.status === "running"), run.percent)) ? "timed_out" : null;
    }
    return (await endRun(tx, ref, "failed", strandedError(stage, row.workflow_status), run.percent)) ? "failed" : null;
  });
}

export async function settleStrandedRuns(graceSeconds: number, limit = 100): Promise<{ runId: string; status: "failed" | "timed_out" }[]> {
  const { rows } = await db.execute<Stranded>(sql`
    select r.id, r.workspace_id, r.workflow_id, w.status as workflow_status
    from generation_runs r
    join dbos.workflow_status w on w.workflow_uuid = r.workflow_id
    where r.status in ('queued', 'running')
      and w.status in ('CANCELLED', 'ERROR', 'MAX_RECOVERY_ATTEMPTS_EXCEEDED')
      and w.updated_at < (extract(epoch from now()) * 1000)::bigint - ${Math.round(graceSeconds * 1000)}
    limit ${limit}`);
  const settled: { runId: string; status: "failed" | "timed_out" }[] = [];
  for (const row of rows) {
    const status = await settle(row);
    if (status) settled.push({ runId: row.id, status });
  }
  return settled;
}
