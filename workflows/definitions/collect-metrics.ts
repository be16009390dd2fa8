import "server-only";
import { z } from "zod";
import { queues, workflowNames } from "@/workflows/names";
import { defineWorkflow } from "./define-workflow";
import { databaseStepRetry } from "./step-retry";

/**
 * One delivery's metrics pulls (body: workflows/metrics/collect-metrics.ts), started by the publish
 * workflow after it delivers. These workflows sleep for days between pulls: no concurrency limit on
 * their queue, since a dequeued workflow counts against one until it ends (a limit would cap how
 * many deliveries are tracked).
 */
export const collectMetrics = defineWorkflow({
  name: workflowNames.collectMetrics,
  queues: [{ name: queues.metrics, options: { minPollingIntervalMs: 1000 } }],
  input: z.object({ jobId: z.string().min(1), workspaceId: z.string().min(1) }),
  stepRetry: databaseStepRetry,
});

/** The deterministic workflow id: one metrics workflow per delivery, however often it is started. */
export const metricsWorkflowId = (jobId: string) => `metrics:${jobId}`;
