import "server-only";
import type { DBOS } from "@dbos-inc/dbos-sdk";
import { channelKinds } from "@/server/db/schema/publish";
import { postingLimits } from "@/server/publish/connectors/kinds";
import { publishQueueName } from "@/workflows/names";

type QueueOptions = NonNullable<Parameters<typeof DBOS.registerQueue>[1]>;

/**
 * One queue per platform. Enqueued with queuePartitionKey = channel id, so each connected account
 * gets the platform's published posting limit (partitionRateLimit: X 100 / 15 min, Bluesky 1,666 / h,
 * Mastodon 300 / 3 h, Threads 250 / 24 h, Instagram 50 / 24 h …) and at most a few posts in flight
 * (partitionConcurrency keeps a thread's parts and an account's posts from racing). Jobs over the
 * limit wait in the queue, durably, rather than failing at the platform.
 */
export function publishQueueOptions(kind: (typeof channelKinds)[number]): QueueOptions {
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

export const publishQueues = channelKinds.map((kind) => ({ name: publishQueueName(kind), options: publishQueueOptions(kind) }));
