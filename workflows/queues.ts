import "server-only";
import { DBOS } from "@dbos-inc/dbos-sdk";
import { publishJob } from "./definitions/publish-job";
import { welcomeWorkspace } from "./definitions/welcome-workspace";
import { generationQueueOptions } from "./generation/queue-options";
import { queues } from "./names";

/**
 * Registers (or updates) our queues in DBOS's system tables. Runs after DBOS.launch: queues are
 * database-backed, so every worker of this application version shares their settings.
 */
export async function registerQueues(): Promise<void> {
  for (const queue of [...welcomeWorkspace.queues, ...publishJob.queues]) await DBOS.registerQueue(queue.name, queue.options);
  await DBOS.registerQueue(queues.generation, generationQueueOptions);
  // Metrics workflows sleep for days between pulls: no concurrency limit here, since a dequeued
  // workflow counts against one until it ends (a limit would cap how many deliveries are tracked).
  await DBOS.registerQueue(queues.metrics, { minPollingIntervalMs: 1000 });
}
