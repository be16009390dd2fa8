import "server-only";

/**
 * Takes over dead workers. A worker silent for longer than the grace is declared dead by one
 * live worker of the same application version, which recovers the dead one's PENDING workflows
 * (DBOS's own recovery for that executor id: they go back to their queues, or DBOS's internal
 * one, and any worker picks them up — this frees the queue and partition slots they held).
 *
 * Exactly once among several live workers noticing at the same time: each claims rows with
 * FOR UPDATE SKIP LOCKED and keeps the lock while it recovers, then records itself and commits.
 * A claimer that dies mid-way rolls back, so the row is claimed again later; DBOS's recovery is
 * itself a conditional update (only PENDING workflows still on that executor id), so repeating
 * it changes nothing.
 */
import { sql } from "drizzle-orm";
import { transaction } from "@/server/db/transaction";
import type { WorkerIdentity } from "./heartbeat";

export type TakeOver = { executorId: string; lastSeenAt: Date; recovered: number };
/** Recovers the PENDING workflows of one executor id; returns how many. */
export type RecoverExecutor = (executorId: string) => Promise<number>;

export function takeOverDeadWorkers(me: Pick<WorkerIdentity, "executorId" | "applicationVersion">, deadAfterSeconds: number, recover: RecoverExecutor): Promise<TakeOver[]> {
  return transaction(async ({ tx }) => {
    const { rows } = await tx.execute<{ executor_id: string; last_seen_at: string }>(sql`
      select executor_id, last_seen_at from worker_heartbeats
      where application_version = ${me.applicationVersion}
        and executor_id <> ${me.executorId}
        and declared_dead_at is null
        and last_seen_at < now() - make_interval(secs => ${deadAfterSeconds})
      order by last_seen_at
      limit 10
      for update skip locked`);
    const taken: TakeOver[] = [];
    for (const row of rows) {
      const recovered = await recover(row.executor_id);
      await tx.execute(sql`
        update worker_heartbeats
        set declared_dead_at = now(), taken_over_by = ${me.executorId}, recovered_workflows = ${recovered}
        where executor_id = ${row.executor_id}`);
      taken.push({ executorId: row.executor_id, lastSeenAt: new Date(row.last_seen_at), recovered });
    }
    return taken;
  });
}
