import "server-only";

/**
 * DBOS keeps every workflow's status, inputs, outputs and step checkpoints forever. Finished ones
 * (success, error, cancelled, out of recovery attempts) older than the retention are deleted through
 * DBOS's own deleteWorkflows (which also clears inputs, outputs, step outputs, events and messages),
 * a batch at a time. Workflows still running, waiting or sleeping (metrics pulls) are never touched,
 * nor those of generation runs that can still be retried (a retry forks the run's workflow).
 */
import { sql } from "drizzle-orm";
import { db } from "@/server/db/client";

const finished = ["SUCCESS", "ERROR", "CANCELLED", "MAX_RECOVERY_ATTEMPTS_EXCEEDED"];

/** Up to `limit` ids of workflows that finished before `cutoffMs` (oldest first). */
export async function finishedWorkflowsBefore(cutoffMs: number, limit: number): Promise<string[]> {
  const { rows } = await db.execute<{ workflow_uuid: string }>(sql`
    select workflow_uuid from dbos.workflow_status
    where completed_at < ${cutoffMs} and status in (${sql.join(finished.map((s) => sql`${s}`), sql`, `)})
      -- A failed or timed-out generation run is retried from its failed stage by forking its workflow: keep those.
      and not exists (select 1 from generation_runs r where r.workflow_id = workflow_uuid and r.status in ('failed', 'timed_out'))
    order by completed_at
    limit ${limit}`);
  return rows.map((r) => r.workflow_uuid);
}

export type HistoryOps = {
  /** The next batch of ids to delete (checkpointed in the workflow). */
  find: (limit: number) => Promise<string[]>;
  /** DBOS.deleteWorkflows in the worker; DBOSClient.deleteWorkflows elsewhere. */
  remove: (ids: string[]) => Promise<void>;
};

export async function purgeWorkflowHistory(ops: HistoryOps, batch = 500, maxBatches = 100): Promise<number> {
  let deleted = 0;
  for (let n = 0; n < maxBatches; n += 1) {
    const ids = await ops.find(batch);
    if (ids.length === 0) break;
    await ops.remove(ids);
    deleted += ids.length;
    if (ids.length < batch) break;
  }
  return deleted;
}

export const retentionCutoffMs = (now: Date, retentionDays: number) => now.getTime() - retentionDays * 86_400_000;
