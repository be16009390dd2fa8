import "server-only";
import { z } from "zod";
import { channelKinds } from "@/server/db/schema/publish";
import { postingLimits } from "@/server/publish/connectors/kinds";
import { publishQueueName, workflowNames, type ChannelKindName } from "@/workflows/names";
import { defineWorkflow, type QueueOptions } from "./define-workflow";
import { databaseStepRetry } from "./step-retry";

/**
 * One queue per platform. Enqueued with queuePartitionKey = channel id, so each connected account
 * gets the platform's published posting limit (partitionRateLimit: X 100 / 15 min, Bluesky 1,666 / h,
 * Mastodon 300 / 3 h, Threads 250 / 24 h, Instagram 50 / 24 h …) and at most a few posts in flight
 * (partitionConcurrency keeps a thread's parts and an account's posts from racing). Jobs over the
 * limit wait in the queue, durably, rather than failing at the platform.
 */
export function publishQueueOptions(kind: ChannelKindName): QueueOptions {
  const limit = postingLimits[kind];
  return {
    workerConcurrency: 50,
    partitionConcurrency: kind === "blog" || kind === "webhook" ? 8 : 4,
    partitionRateLimit: { limitPerPeriod: limit.limit, periodSec: limit.periodSec },
    // A partitioned, rate-limited queue is swept partition by partition (one transaction each), so
    // polling twice a second keeps the database's work bounded with thousands of channels.
    minPollingIntervalMs: 500,
  };
}

/**
 * One publish job's delivery (body: workflows/publish/publish-job.ts), on its platform's queue,
 * partitioned per channel. A wait between attempts hands the job to a successor workflow
 * (server/publish/run/hand-over.ts): the same definition with `attempt` set.
 */
export const publishJob = defineWorkflow({
  name: workflowNames.publishJob,
  queues: channelKinds.map((kind) => ({ name: publishQueueName(kind), options: publishQueueOptions(kind) })),
  /** `attempt`: which attempt of this run (1 for the workflow the approval or a member's retry enqueued). */
  input: z.object({ jobId: z.string().min(1), workspaceId: z.string().min(1), attempt: z.number().int().min(1).optional() }),
  // Database blips are retried by DBOS; platform failures are results, handled by the body.
  stepRetry: databaseStepRetry,
});

export type PublishJobInput = z.infer<typeof publishJob.input>;
