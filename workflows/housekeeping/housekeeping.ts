import "server-only";

/**
 * Housekeeping (issue #14), a scheduled workflow (workflows/schedules.ts, every 15 minutes; DBOS
 * gives each tick one workflow id, so one worker of the fleet runs it): purges expired rows kind by
 * kind, then finished workflow history past HOUSEKEEPING_WORKFLOW_RETENTION_DAYS. Each kind is its
 * own step, so a crash resumes with the next kind.
 */
import { DBOS } from "@dbos-inc/dbos-sdk";
import { housekeepingSchedule as definition } from "@/workflows/definitions/scheduled";
import { env } from "@/env";
import { logger } from "@/server/log/logger";
import { purgeRules } from "@/server/housekeeping/purge-rules";
import { purgeRows } from "@/server/housekeeping/purge-rows";
import { finishedWorkflowsBefore, purgeWorkflowHistory, retentionCutoffMs } from "@/server/housekeeping/workflow-history";

const dbRetry = definition.stepRetry;

async function housekeeping(scheduledAt: Date): Promise<void> {
  const now = new Date(scheduledAt);
  const deleted: Record<string, number> = {};
  for (const rule of purgeRules(env.HOUSEKEEPING_WORKFLOW_RETENTION_DAYS)) {
    deleted[rule.kind] = await DBOS.runStep(() => purgeRows(rule, now), { name: `purge-${rule.kind}`, ...dbRetry });
  }
  const cutoff = retentionCutoffMs(now, env.HOUSEKEEPING_WORKFLOW_RETENTION_DAYS);
  deleted.workflows = await purgeWorkflowHistory({
    find: (limit) => DBOS.runStep(() => finishedWorkflowsBefore(cutoff, limit), { name: "find-finished-workflows", ...dbRetry }),
    remove: (ids) => DBOS.deleteWorkflows(ids),
  });
  if (Object.values(deleted).some((n) => n > 0)) logger.info("housekeeping purged", { deleted });
}

export const housekeepingWorkflow = DBOS.registerWorkflow(housekeeping, { name: definition.name });
