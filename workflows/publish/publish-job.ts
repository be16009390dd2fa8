import "server-only";
import { DBOS } from "@dbos-inc/dbos-sdk";
import { publishJob as definition, type PublishJobInput } from "@/workflows/definitions/publish-job";
import { transaction } from "@/server/db/transaction";
import { db } from "@/server/db/client";
import { attemptDelivery, type AttemptResult } from "@/server/publish/run/attempt-delivery";
import { beginJob } from "@/server/publish/run/begin-job";
import { afterBlogDelivery } from "@/server/publish/run/after-delivery";
import { attemptWorkflowId, handOverJob, waitWorkflowId } from "@/server/publish/run/hand-over";
import { loadRun } from "@/server/publish/run/load-run";
import { recordFailed } from "@/server/publish/run/record-outcome";
import { maxAttempts } from "@/server/publish/run/retry-policy";
import { metricsWorkflowId } from "@/workflows/definitions/collect-metrics";
import { collectMetricsWorkflow } from "@/workflows/metrics/collect-metrics";
import { queues } from "@/workflows/names";

export type PublishJobResult = { status: "published" | "failed" | "stopped" | "handed-over"; attempts: number; reason?: string };

const dbRetry = definition.stepRetry;

/**
 * Ends this workflow's part: the job now belongs to `nextId`, enqueued DELAYED by `waitMs` on the
 * same queue and partition, so the wait holds no slot (see hand-over.ts).
 */
async function handOver(ids: PublishJobInput, nextId: string, attempt: number, waitMs: number): Promise<boolean> {
  const successor = await DBOS.runStep(() => handOverJob(ids, DBOS.workflowID!, nextId), { name: `hand-over`, ...dbRetry });
  if (!successor) return false;
  const delaySeconds = Math.max(0, waitMs / 1000);
  await DBOS.startWorkflow(publishJobWorkflow, {
    workflowID: nextId,
    queueName: successor.queueName,
    enqueueOptions: { queuePartitionKey: successor.partitionKey, ...(delaySeconds > 0 ? { delaySeconds } : {}) },
  })({ jobId: ids.jobId, workspaceId: ids.workspaceId, attempt });
  return true;
}

/**
 * One attempt of one publish job (enqueued at approval, DELAYED until run_at, on its platform's
 * queue and its channel's partition so the platform's per-account rate limit applies):
 * begin → attempt → delivered | dead letter | hand over to the next attempt, DELAYED by the backoff
 * (or the platform's rate-limit reset). The attempt is a checkpointed step; see attempt-delivery.ts
 * for how a crash mid-call is resolved without double-posting.
 */
async function publishJob(raw: PublishJobInput): Promise<PublishJobResult> {
  const ids = definition.input.parse(raw);
  const attempt = ids.attempt ?? 1;
  const begin = await DBOS.runStep(() => beginJob(ids), { name: "begin", ...dbRetry });
  if (!begin.go) return { status: "stopped", attempts: 0, reason: begin.reason };
  if (begin.waitMs > 0) {
    // Moved later after DBOS released this workflow: wait for the new time without a slot.
    const handed = await handOver(ids, waitWorkflowId(DBOS.workflowID!, begin.runAtMs), attempt, begin.waitMs);
    return handed ? { status: "handed-over", attempts: 0, reason: "rescheduled" } : { status: "stopped", attempts: 0, reason: "superseded" };
  }

  const number = begin.attemptsSoFar + 1;
  const result: AttemptResult = await DBOS.runStep(() => attemptDelivery(ids, number), { name: "attempt", ...dbRetry });
  if (result.status === "delivered") {
    if (result.site) await DBOS.runStep(() => afterBlogDelivery(ids.workspaceId, result.site!, result.slug!), { name: "revalidate-blog", ...dbRetry });
    // Learn (issue #7): one metrics workflow per delivery; its fixed id makes a replay start it only once.
    await DBOS.startWorkflow(collectMetricsWorkflow, { workflowID: metricsWorkflowId(ids.jobId), queueName: queues.metrics })({ jobId: ids.jobId, workspaceId: ids.workspaceId });
    return { status: "published", attempts: attempt };
  }
  if (result.status === "stopped") return { status: "stopped", attempts: attempt, reason: result.reason };
  if (result.status === "failed") return { status: "failed", attempts: attempt, reason: result.error.message };
  if (attempt >= maxAttempts) {
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
    return { status: "failed", attempts: attempt, reason: result.error.message };
  }
  const handed = await handOver(ids, attemptWorkflowId(DBOS.workflowID!, attempt + 1), attempt + 1, result.retryInMs);
  return handed ? { status: "handed-over", attempts: attempt, reason: result.error.message } : { status: "stopped", attempts: attempt, reason: "superseded" };
}

export const publishJobWorkflow = DBOS.registerWorkflow(publishJob, { name: definition.name });
