import "server-only";
import type pg from "pg";
import { dbosClient } from "@/server/workflows/dbos-client";
import type { ChannelKind } from "@/server/publish/connectors/kinds";
import { APPLICATION_VERSION, publishQueueName, workflowNames } from "@/workflows/names";

export type PublishJobInput = { jobId: string; workspaceId: string };

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
  const dbos = await dbosClient();
  const delaySeconds = Math.max(0, (job.runAt.getTime() - now) / 1000);
  const input: PublishJobInput = { jobId: job.id, workspaceId: job.workspaceId };
  await dbos.enqueueInTransaction(
    client,
    {
      queueName: publishQueueName(kind),
      queuePartitionKey: job.channelId,
      workflowName: workflowNames.publishJob,
      workflowID: job.workflowId,
      appVersion: APPLICATION_VERSION,
      ...(delaySeconds > 0 ? { delaySeconds } : {}),
    },
    input,
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
