import "server-only";
import { z } from "zod";
import { queues, workflowNames } from "@/workflows/names";
import { defineWorkflow } from "./define-workflow";
import { stepRetry } from "./step-retry";

/** Welcome mail for a workspace that finished onboarding (body: workflows/welcome/welcome-workspace.ts). */
export const welcomeWorkspace = defineWorkflow({
  name: workflowNames.welcomeWorkspace,
  // Small, interactive jobs: a few at a time per worker, picked up within ~100 ms.
  queues: [{ name: queues.onboarding, options: { workerConcurrency: 4, minPollingIntervalMs: 100 } }],
  input: z.object({ workspaceId: z.string().min(1) }),
  // Transient failures (database blips, SMTP hiccups) are retried a few times with backoff.
  stepRetry: stepRetry(4),
});

/** One welcome per workspace. */
export const welcomeWorkflowId = (workspaceId: string) => `welcome:${workspaceId}`;
