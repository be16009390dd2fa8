import "server-only";
import type { DBOS } from "@dbos-inc/dbos-sdk";

type QueueOptions = NonNullable<Parameters<typeof DBOS.registerQueue>[1]>;

/**
 * The generation queue. Enqueued with queuePartitionKey = workspace id: each workspace runs at
 * most `partitionConcurrency` generations at once, so one busy tenant cannot starve the others,
 * and `globalConcurrency` bounds all runs across every worker (model providers' rate limits).
 */
export const generationQueueOptions: QueueOptions = {
  globalConcurrency: 20,
  workerConcurrency: 10,
  partitionConcurrency: 2,
  minPollingIntervalMs: 100,
};
