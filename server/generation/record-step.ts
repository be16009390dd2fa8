import "server-only";

/**
 * One generation_steps row per (run, stage, round): who answered, tokens, cost, duration, outcome
 * and every attempt. An upsert, so a stage that runs again (after a crash, or a retry of the run)
 * leaves one row with the latest outcome.
 */
import type { AttemptRecord } from "@/server/ai/router/types";
import { recordWorkspaceTokens } from "@/server/billing/quota";
import type { Db } from "@/server/db/client";
import { generationSteps } from "@/server/db/schema";
import type { RunRef } from "./run-events";

export type StepOutcome = "succeeded" | "failed" | "rejected" | "cancelled" | "timed_out" | "skipped";

export type StepRecord = {
  stage: string;
  round: number;
  provider: string | null;
  model: string | null;
  tokensIn: number;
  tokensOut: number;
  costUsd: number;
  startedAt: Date;
  finishedAt: Date;
  outcome: StepOutcome;
  error?: string | null;
  attempts: AttemptRecord[];
};

export async function recordStep(tx: Db, run: RunRef, step: StepRecord): Promise<void> {
  const values = {
    provider: step.provider,
    model: step.model,
    tokensIn: step.tokensIn,
    tokensOut: step.tokensOut,
    costUsd: step.costUsd.toFixed(6),
    durationMs: Math.max(0, step.finishedAt.getTime() - step.startedAt.getTime()),
    outcome: step.outcome,
    error: step.error ?? null,
    attempts: step.attempts,
    startedAt: step.startedAt,
    finishedAt: step.finishedAt,
  };
  await tx
    .insert(generationSteps)
    .values({ workspaceId: run.workspaceId, runId: run.runId, stage: step.stage, round: step.round, ...values })
    .onConflictDoUpdate({ target: [generationSteps.runId, generationSteps.stage, generationSteps.round], set: values });
    await recordWorkspaceTokens(tx, run.workspaceId, step.tokensIn + step.tokensOut);
}

/** Totals over the attempts that consumed tokens (a malformed answer is paid for too). */
export function attemptTotals(attempts: readonly AttemptRecord[]) {
  return {
    tokensIn: attempts.reduce((n, a) => n + a.tokensIn, 0),
    tokensOut: attempts.reduce((n, a) => n + a.tokensOut, 0),
    costUsd: attempts.reduce((n, a) => n + a.costUsd, 0),
  };
}
