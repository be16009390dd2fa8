import "server-only";

/**
 * The worker's fleet duties, on a timer outside DBOS (so they keep going whatever the queues do):
 *  - beat: record this worker as alive (worker_heartbeats);
 *  - take over: declare workers silent for WORKER_DEAD_AFTER_SECONDS dead and recover their
 *    PENDING workflows here (DBOS's own recovery for their executor ids), once per dead worker;
 *  - settle: end generation runs and publish jobs whose workflow ended without settling them.
 * A worker only declares others dead after its own beats have succeeded for a whole grace
 * period: after a database outage every worker's last beat is old, and the others need a chance
 * to beat again before anyone is judged.
 */
import { DBOSExecutor } from "@dbos-inc/dbos-sdk/internal/dbos-executor";
import { db } from "@/server/db/client";
import { connectionBack, connectionLost } from "@/server/db/connection-errors";
import { beat, type WorkerIdentity } from "@/server/fleet/heartbeat";
import { settleStrandedJobs } from "@/server/fleet/stranded-jobs";
import { settleStrandedRuns } from "@/server/fleet/stranded-runs";
import { takeOverDeadWorkers } from "@/server/fleet/take-over";
import { logger } from "@/server/log/logger";

export type FleetTiming = { beatMs: number; settleEveryMs: number; settleGraceSeconds: number };

/** Beats six times per grace (at most every 5 s, at least every second); settles twice per grace. */
export function fleetTiming(deadAfterSeconds: number): FleetTiming {
  const beatMs = Math.round(Math.min(5000, Math.max(1000, (deadAfterSeconds * 1000) / 6)));
  return { beatMs, settleEveryMs: Math.max(beatMs, (deadAfterSeconds * 1000) / 2), settleGraceSeconds: (beatMs * 2) / 1000 };
}

async function recoverExecutor(executorId: string): Promise<number> {
  const executor = DBOSExecutor.globalInstance;
  if (!executor) throw new Error("DBOS is not launched");
  return (await executor.recoverPendingWorkflows([executorId])).length;
}

export function startFleetLoop(me: WorkerIdentity, deadAfterSeconds: number): { stop: () => Promise<void> } {
  const timing = fleetTiming(deadAfterSeconds);
  let healthySince: number | null = null;
  let lastSettle = 0;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let current: Promise<void> = Promise.resolve();

  const duties = async () => {
    try {
      const result = await beat(db, me);
      connectionBack("heartbeat");
      healthySince ??= Date.now();
      if (result.wasDeclaredDead) {
        logger.warn("fleet: this worker had been declared dead; its unfinished workflows may have been taken over", { executorID: me.executorId, takenOverBy: result.takenOverBy });
      }
    } catch (error) {
      healthySince = null;
      connectionLost("heartbeat", error);
      return;
    }
    if (Date.now() - healthySince >= deadAfterSeconds * 1000) {
      const taken = await takeOverDeadWorkers(me, deadAfterSeconds, recoverExecutor);
      for (const t of taken) logger.warn("fleet: took over a dead worker", { executorID: me.executorId, deadExecutorID: t.executorId, lastSeenAt: t.lastSeenAt.toISOString(), recoveredWorkflows: t.recovered });
    }
    if (Date.now() - lastSettle >= timing.settleEveryMs) {
      lastSettle = Date.now();
      const runs = await settleStrandedRuns(timing.settleGraceSeconds);
      const jobs = await settleStrandedJobs(timing.settleGraceSeconds);
      if (runs.length > 0 || jobs.length > 0) logger.warn("fleet: settled work whose workflow had ended", { runs, jobs });
    }
  };

  const tick = () => {
    current = duties()
      .catch((error: unknown) => logger.warn("fleet: duties failed; trying again at the next beat", { error }))
      .finally(() => {
        if (!stopped) timer = setTimeout(tick, timing.beatMs);
      });
  };
  tick();

  return {
    async stop() {
      stopped = true;
      clearTimeout(timer);
      await current;
    },
  };
}
