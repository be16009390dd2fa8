import "server-only";

/** The model call every stage makes: structured output through the workspace's fallback chain. */
import type { z } from "zod";
import type { OfflineTask } from "@/server/ai/offline/offline-writer";
import { modelRouter } from "@/server/ai/router/model-router";
import type { StageName } from "@/server/ai/stage-schemas";
import type { GenerationPlan } from "../load-plan";
import { systemPrompt } from "../prompts/system-prompt";
import type { StageCall } from "../stage-spec";

/** Limit for one attempt at one provider; the run's deadline cuts it shorter when it is nearer. */
export const attemptTimeoutMs = 90_000;

export function objectCall<T>(stage: StageName, plan: GenerationPlan, schema: z.ZodType<T>, prompt: string, offlineTask: Omit<OfflineTask, "stage" | "brief"> = {}): StageCall<T> {
  return (links, signal) =>
    modelRouter.object(links, {
      system: systemPrompt(stage, plan.brief, plan.feedback, schema, plan.guidance),
      prompt,
      schema,
      schemaName: `loomcast_${stage}`,
      abortSignal: signal,
      timeoutMs: attemptTimeoutMs,
      offlineTask: { stage, brief: plan.brief, ...offlineTask },
    });
}
