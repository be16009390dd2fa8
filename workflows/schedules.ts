import "server-only";
import { DBOS } from "@dbos-inc/dbos-sdk";
import { housekeepingSchedule, preflightSchedule } from "./definitions/scheduled";
import { housekeepingWorkflow } from "./housekeeping/housekeeping";
import { preflightSweepWorkflow } from "./preflight/preflight-sweep";

/**
 * Scheduled workflows (DBOS dynamic schedules, stored in the `dbos` schema). Every worker applies
 * them at start (an upsert by name) and runs the scheduler; each tick gets one deterministic
 * workflow id (`sched-<name>-<time>`), so a fleet runs it once, on DBOS's internal queue.
 */
export async function registerSchedules(): Promise<void> {
  await DBOS.applySchedules([
    { scheduleName: housekeepingSchedule.scheduleName, workflowFn: housekeepingWorkflow, schedule: housekeepingSchedule.cron },
    { scheduleName: preflightSchedule.scheduleName, workflowFn: preflightSweepWorkflow, schedule: preflightSchedule.cron },
  ]);
}
