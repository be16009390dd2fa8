import { DBOS } from "@dbos-inc/dbos-sdk";
import { z } from "zod";
import { transaction } from "@/server/db/transaction";
import { db } from "@/server/db/client";
import { attemptDelivery, type AttemptResult } from "@/server/publish/run/attempt-delivery";
import { beginJob } from "@/server/publish/run/begin-job";
import { afterBlogDelivery } from "@/server/publish/run/after-delivery";
import { loadRun } from "@/server/publish/run/load-run";
import { recordFailed } from "@/server/publish/run/record-outcome";
import { maxAttempts } from "@/server/publish/run/retry-policy";
import { collectMetricsWorkflow, metricsWorkflowId } from "@/workflows/metrics/collect-metrics";
import { queues, workflowNames } from "@/workflows/names";

export const publishJobInput = z.object({ jobId: z.string().min(1), workspaceId: z.string().min(1) });
export type PublishJobResult = { status: "published" | "failed" | "stopped"; attempts: number; reason?: string };

/** Database blips are retried by DBOS; platform failures are results, handled below. */
const dbRetry = { retriesAllowed: true, intervalSeconds: 1, maxAttempts: 5, backoffRate: 2 } as const;

/**
 * One publish job (enqueued at approval, DELAYED until run_at, on its platform's queue and its
 * channel's partition so the platform's per-account rate limit applies):
 * begin → attempt (→ durable sleep with backoff → attempt …) → delivered | dead letter.
 * Every attempt is a checkpointed step; see attempt-delivery.ts for how a crash mid-call is
 * resolved without double-posting.
 */
async function publishJob(raw: z.infer<typeof publishJobInput>): Promise<PublishJobResult> {
  const ids = publishJobInput.parse(raw);
  let begin = await DBOS.runStep(() => beginJob(ids), { name: "begin", ...dbRetry });
  if (begin.go && begin.waitMs > 0) {
    await DBOS.sleep(begin.waitMs);
    begin = await DBOS.runStep(() => beginJob(ids), { name: "begin-after-wait", ...dbRetry });
  }
  if (!begin.go) return { status: "stopped", attempts: 0, reason: begin.reason };

  for (let n = 1; n <= maxAttempts; n += 1) {
    const number = begin.attemptsSoFar + n;
    const result: AttemptResult = await DBOS.runStep(() => attemptDelivery(ids, number), { name: `attempt-${n}`, ...dbRetry });
    if (result.status === "delivered") {
      if (result.site) await DBOS.runStep(() => afterBlogDelivery(ids.workspaceId, result.site!, result.slug!), { name: "revalidate-blog", ...dbRetry });
      // Learn (issue #7): one metrics workflow per delivery; its fixed id makes a replay start it only once.
      await DBOS.startWorkflow(collectMetricsWorkflow, { workflowID: metricsWorkflowId(ids.jobId), queueName: queues.metrics })(ids);
      return { status: "published", attempts: n };
    }
    if (result.status === "stopped") return { status: "stopped", attempts: n, reason: result.reason };
    if (result.status === "failed") return { status: "failed", attempts: n, reason: result.error.message };
    if (n === maxAttempts) {
      await DBOS.runStep(
        async () => {
          const run = await loadRun(db, ids);
          if (run) {
            await transaction(({ tx }) =>
              recordFailed(tx, run, null, "exhausted", { ...result.error, permanent: true, message: `Gave up after ${maxAttempts} attempts. Last error: ${result.error.message}` }),
            );
          }
        },
        { name: "give-up", ...dbRetry },
      );
      return { status: "failed", attempts: n, reason: result.error.message };
    }
    await DBOS.sleep(result.retryInMs);
  }
  return { status: "failed", attempts: maxAttempts };
}

export const publishJobWorkflow = DBOS.registerWorkflow(publishJob, { name: workflowNames.publishJob });
