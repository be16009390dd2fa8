import "server-only";
import { DBOS } from "@dbos-inc/dbos-sdk";
import { collectMetrics } from "./definitions/collect-metrics";
import { generateContent } from "./definitions/generate-content";
import { publishJob } from "./definitions/publish-job";
import { welcomeWorkspace } from "./definitions/welcome-workspace";

/** Every queued workflow's definition; their queues are what the worker registers. */
export const queuedWorkflows = [welcomeWorkspace, generateContent, collectMetrics, publishJob] as const;

/**
 * Registers (or updates) our queues in DBOS's system tables. Runs after DBOS.launch: queues are
 * database-backed, so every worker of this application version shares their settings.
 */
export async function registerQueues(): Promise<void> {
  for (const definition of queuedWorkflows) for (const queue of definition.queues) await DBOS.registerQueue(queue.name, queue.options);
}
