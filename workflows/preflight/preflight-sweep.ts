import "server-only";

/**
 * Pre-flight sweep (issue #14), scheduled every 5 minutes (workflows/schedules.ts): each scheduled
 * post is checked when it comes within 24 hours of its slot and again within the last hour; posts
 * at risk are re-checked each sweep until fixed. One step per job, so a crash resumes where it was.
 */
import { DBOS } from "@dbos-inc/dbos-sdk";
import { preflightSchedule as definition } from "@/workflows/definitions/scheduled";
import { logger } from "@/server/log/logger";
import { jobsDueForPreflight } from "@/server/publish/preflight/find-due";
import type { TokenChecks } from "@/server/publish/preflight/find-risk";
import { preflightJob } from "@/server/publish/preflight/preflight-job";

const retry = definition.stepRetry;

async function preflightSweep(scheduledAt: Date): Promise<void> {
  const now = new Date(scheduledAt);
  const due = await DBOS.runStep(() => jobsDueForPreflight(now), { name: "find-due", ...retry });
  let atRisk = 0;
  // Each channel's token is verified once per sweep, however many of its posts are due (a retried step asks again).
  const tokenChecks: TokenChecks = new Map();
  for (const job of due) {
    try {
      const outcome = await DBOS.runStep(() => preflightJob(job, job.window, now, tokenChecks), { name: `check-${job.window}`, ...retry });
      if (outcome === "at_risk") atRisk += 1;
    } catch (error) {
      // One job's check failing (its platform down, say) must not stop the others'; the next sweep tries again.
      logger.warn("pre-flight check failed", { jobId: job.jobId, error });
    }
  }
  if (due.length > 0) logger.info("pre-flight sweep", { checked: due.length, atRisk });
}

export const preflightSweepWorkflow = DBOS.registerWorkflow(preflightSweep, { name: definition.name });
