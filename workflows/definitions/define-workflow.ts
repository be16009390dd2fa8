import "server-only";
import type { DBOS } from "@dbos-inc/dbos-sdk";
import type pg from "pg";
import type { z } from "zod";
import { dbosClient } from "@/server/workflows/dbos-client";
import { APPLICATION_VERSION } from "@/workflows/names";
import type { StepRetry } from "./step-retry";

export type QueueOptions = NonNullable<Parameters<typeof DBOS.registerQueue>[1]>;
export type QueueSpec = { name: string; options: QueueOptions };

/** Where one enqueued run goes: its id, and optionally another of the workflow's queues, a partition, a delay. */
export type EnqueueOptions = { workflowID: string; queueName?: string; queuePartitionKey?: string; delaySeconds?: number; workflowTimeoutMS?: number };

/**
 * One workflow as one typed unit, shared by the web (which enqueues through DBOSClient) and the
 * worker (which registers the body under `name` and the `queues`). Pure: no DBOS runtime, so the
 * web imports it without loading the workflow body.
 */
export interface WorkflowDefinition<Input extends z.ZodType> {
  name: string;
  /** Deploy-level recovery filter: workers run only workflows of their own application version. */
  version: string;
  /** The queues this workflow runs on; the first is where `enqueue` puts it unless told otherwise. */
  queues: readonly QueueSpec[];
  input: Input;
  stepRetry: StepRetry;
  enqueue(input: z.input<Input>, opts: EnqueueOptions): Promise<string>;
  /** Enqueues inside the caller's open transaction: the workflow exists iff that change commits. */
  enqueueInTransaction(client: pg.PoolClient, input: z.input<Input>, opts: EnqueueOptions): Promise<string>;
}

export function defineWorkflow<Input extends z.ZodType>(spec: {
  name: string;
  queues: readonly QueueSpec[];
  input: Input;
  stepRetry: StepRetry;
}): WorkflowDefinition<Input> {
  const defaultQueue = spec.queues[0];
  if (!defaultQueue) throw new Error(`Workflow ${spec.name} needs at least one queue`);
  const options = (opts: EnqueueOptions) => ({
    queueName: opts.queueName ?? defaultQueue.name,
    workflowName: spec.name,
    workflowID: opts.workflowID,
    // Run by workers of the same release as this process.
    appVersion: APPLICATION_VERSION,
    ...(opts.queuePartitionKey ? { queuePartitionKey: opts.queuePartitionKey } : {}),
    ...(opts.delaySeconds && opts.delaySeconds > 0 ? { delaySeconds: opts.delaySeconds } : {}),
    ...(opts.workflowTimeoutMS ? { workflowTimeoutMS: opts.workflowTimeoutMS } : {}),
  });
  return {
    ...spec,
    version: APPLICATION_VERSION,
    async enqueue(input, opts) {
      const args = spec.input.parse(input);
      return (await (await dbosClient()).enqueue(options(opts), args)).workflowID;
    },
    async enqueueInTransaction(client, input, opts) {
      const args = spec.input.parse(input);
      return (await (await dbosClient()).enqueueInTransaction(client, options(opts), args)).workflowID;
    },
  };
}
