import "server-only";
import { z } from "zod";
import { queues, workflowNames } from "@/workflows/names";
import { defineWorkflow } from "./define-workflow";
import { stepRetry } from "./step-retry";

/**
 * Content generation (body: workflows/generation/generate-content.ts). Enqueued with
 * queuePartitionKey = workspace id: each workspace runs at most `partitionConcurrency` generations
 * at once, so one busy tenant cannot starve the others, and `globalConcurrency` bounds all runs
 * across every worker (model providers' rate limits).
 */
export const generateContent = defineWorkflow({
  name: workflowNames.generateContent,
  queues: [
    {
      name: queues.generation,
      options: { globalConcurrency: 20, workerConcurrency: 10, partitionConcurrency: 2, minPollingIntervalMs: 100 },
    },
  ],
  input: z.object({ runId: z.string().min(1), workspaceId: z.string().min(1) }),
  stepRetry: stepRetry(3),
});

export type GenerationInput = z.infer<typeof generateContent.input>;
