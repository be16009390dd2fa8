import "server-only";
import { DBOS } from "@dbos-inc/dbos-sdk";
import { generationQueueOptions } from "./generation/queue-options";
import { queues } from "./names";
import { publishQueues } from "./publish/queue-options";

/**
 * Registers (or updates) our queues in DBOS's system tables. Runs after DBOS.launch: queues are
 * database-backed, so every worker of this application version shares their settings.
 */
export async function registerQueues(): Promise<void> {
  await DBOS.registerQueue(queues.onboarding, {
    // Small, interactive jobs: a few at a time per worker, picked up within ~100 ms.
    workerConcurrency: 4,
    minPollingIntervalMs: 100,
  });
  await DBOS.registerQueue(queues.generation, generationQueueOptions);
  // Metrics workflows sleep for days between pulls: no concurrency limit here, since a dequeued
  // workflow counts against one until it ends (a limit would cap how many deliveries are tracked).
  await DBOS.registerQueue(queues.metrics, { minPollingIntervalMs: 1000 });
  for (const queue of publishQueues) await DBOS.registerQueue(queue.name, queue.options);
}
