import "server-only";

/**
 * A stage whose model call did not produce a usable answer: cancelled, out of time, every provider
 * failed, or an unexpected error. Records the step and ends the run with a clear cause.
 */
import { AllProvidersFailed } from "@/server/ai/router/all-providers-failed";
import { transaction } from "@/server/db/transaction";
import { logger } from "@/server/log/logger";
import { timeoutError } from "./begin-stage";
import { cancelledOutside } from "./cancelled-outside";
import { endRun } from "./end-run";
import { explainProviderFailure, internalError } from "./explain-failure";
import { attemptTotals, recordStep, type StepOutcome } from "./record-step";
import type { RunEnd, RunError } from "./run-error";
import type { StageIds } from "./stage-ids";
import type { StageSpec } from "./stage-spec";
import { stagePercent } from "./stages";

export type FailureContext = {
  error: unknown;
  startedAt: Date;
  deadlineHit: boolean;
  cancelled: boolean;
  skipped: Array<{ label: string; reason: string }>;
};

export async function stageFailed<T, R>(ids: StageIds, spec: StageSpec<T, R>, failure: FailureContext): Promise<RunEnd> {
  const { stage, round } = spec;
  const attempts = failure.error instanceof AllProvidersFailed ? failure.error.attempts : [];
  let outcome: StepOutcome = "failed";
  let end: "failed" | "timed_out" | "cancelled" = "failed";
  let error: RunError | null;
  if (failure.cancelled) {
    [outcome, end, error] = ["cancelled", "cancelled", cancelledOutside(stage)];
  } else if (failure.deadlineHit) {
    [outcome, end, error] = ["timed_out", "timed_out", timeoutError(stage, true)];
  } else if (failure.error instanceof AllProvidersFailed) {
    error = explainProviderFailure(stage, failure.error, failure.skipped);
  } else {
    logger.error("generation stage failed unexpectedly", { runId: ids.runId, stage, error: failure.error });
    error = internalError(stage, failure.error);
  }
  const last = [...attempts].reverse().find((a) => a.outcome !== "circuit_open") ?? attempts.at(-1);
  await transaction(async ({ tx }) => {
    await recordStep(tx, ids, {
      stage,
      round,
      provider: last?.provider ?? null,
      model: last?.model ?? null,
      ...attemptTotals(attempts),
      startedAt: failure.startedAt,
      finishedAt: new Date(),
      outcome,
      error: outcome === "cancelled" ? "cancelled" : (error?.cause ?? "failed"),
      attempts,
    });
    // A member's cancel has already ended the run (endRun then changes nothing); a run still active
    // was cancelled outside Loomcast: a failure with a cause, not a member's choice.
    await endRun(tx, ids, end === "cancelled" ? "failed" : end, error, stagePercent(stage, round, "start"));
  });
  return end;
}
