import "server-only";
import type pg from "pg";
import { dbosClient } from "@/server/workflows/dbos-client";
import type { ChannelKind } from "@/server/publish/connectors/kinds";
import { publishJob } from "@/workflows/definitions/publish-job";
import { publishQueueName } from "@/workflows/names";

/**
 * Enqueues one job's publish workflow inside the caller's transaction: on its platform's queue,
 * in the channel's partition (so the platform's per-account rate limit applies per channel),
 * delayed until runAt (DBOS keeps it DELAYED, durably, until then).
 */
export async function enqueuePublish(
  client: pg.PoolClient,
  job: { id: string; workspaceId: string; channelId: string; workflowId: string; runAt: Date },
  kind: ChannelKind,
  now = Date.now(),
): Promise<void> {
  const delaySeconds = Math.max(0, (job.runAt.getTime() - now) / 1000);
  await publishJob.enqueueInTransaction(
    client,
    { jobId: job.id, workspaceId: job.workspaceId },
    { workflowID: job.workflowId, queueName: publishQueueName(kind), queuePartitionKey: job.channelId, delaySeconds },
  );
}

/** Moves a delayed workflow to a new time (no-op once it has started). */
export async function delayPublish(workflowId: string, runAt: Date): Promise<void> {
  const dbos = await dbosClient();
  await dbos.setWorkflowDelay(workflowId, { delayUntilEpochMS: runAt.getTime() });
}

export async function cancelPublishWorkflow(workflowId: string): Promise<void> {
  const dbos = await dbosClient();
  await dbos.cancelWorkflow(workflowId);
}
