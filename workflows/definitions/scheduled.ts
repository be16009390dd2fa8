import "server-only";
import { workflowNames } from "@/workflows/names";
import { stepRetry, type StepRetry } from "./step-retry";

/**
 * A scheduled workflow: DBOS starts one run per cron tick (id `sched-<scheduleName>-<time>`, on its
 * internal queue), so it has no queue or input of its own; the body takes the tick's time.
 */
export type ScheduledWorkflowDefinition = { name: string; scheduleName: string; cron: string; stepRetry: StepRetry };

/** Purges expired rows and finished workflow history (body: workflows/housekeeping/housekeeping.ts). */
export const housekeepingSchedule: ScheduledWorkflowDefinition = {
  name: workflowNames.housekeeping,
  scheduleName: "housekeeping",
  cron: "*/15 * * * *",
  stepRetry: stepRetry(5, 2),
};

/** Checks jobs due soon for problems (body: workflows/preflight/preflight-sweep.ts). */
export const preflightSchedule: ScheduledWorkflowDefinition = {
  name: workflowNames.preflightSweep,
  scheduleName: "preflight",
  cron: "*/5 * * * *",
  stepRetry: stepRetry(3, 2),
};
