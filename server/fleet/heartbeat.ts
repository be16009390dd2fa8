import "server-only";

/**
 * A worker's heartbeat: one upsert of its row in worker_heartbeats, stamped with the database's
 * clock (so workers on hosts with skewed clocks compare fairly). A worker that was declared dead
 * and beats again is alive again; it is told, since its workflows may have been taken over.
 */
import { sql } from "drizzle-orm";
import type { Db } from "@/server/db/client";

export type WorkerIdentity = { executorId: string; applicationVersion: string; hostname: string; pid: number; startedAt: Date };
export type BeatResult = { wasDeclaredDead: boolean; takenOverBy: string | null };

export async function beat(db: Db, me: WorkerIdentity): Promise<BeatResult> {
  const { rows } = await db.execute<{ was_dead: boolean; taken_over_by: string | null }>(sql`
    with previous as (
      select declared_dead_at, taken_over_by from worker_heartbeats where executor_id = ${me.executorId}
    ), upserted as (
      insert into worker_heartbeats (executor_id, application_version, hostname, pid, started_at, last_seen_at)
      values (${me.executorId}, ${me.applicationVersion}, ${me.hostname}, ${me.pid}, ${me.startedAt.toISOString()}, now())
      on conflict (executor_id) do update set
        application_version = excluded.application_version,
        hostname = excluded.hostname,
        pid = excluded.pid,
        started_at = excluded.started_at,
        last_seen_at = now(),
        declared_dead_at = null,
        taken_over_by = null,
        recovered_workflows = null
      returning executor_id
    )
    select (select declared_dead_at is not null from previous) as was_dead,
           (select taken_over_by from previous) as taken_over_by
    from upserted`);
  const row = rows[0];
  return { wasDeclaredDead: row?.was_dead === true, takenOverBy: row?.taken_over_by ?? null };
}
