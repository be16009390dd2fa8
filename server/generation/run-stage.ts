import "server-only";

/**
 * Runs one stage of a run: the pre-stage check (active, owned by this workflow, within the
 * deadline), the model call through the fallback chain (aborted at the deadline or on cancel),
 * then in one transaction the step row, the stage's version, the progress lines and — when the
 * answer fails the checks — the run's failure. Every write is an upsert, so running the same stage
 * again after a crash leaves the same rows.
 */
import type { RoutedObject } from "@/server/ai/router/types";
import { db } from "@/server/db/client";
import { transaction } from "@/server/db/transaction";
import { beginStage } from "./begin-stage";
import { endRun } from "./end-run";
import { isActive, lockRun } from "./lock-run";
import { loadModelChain } from "./model-chain";
import { recordStep } from "./record-step";
import type { RunEnd } from "./run-error";
import { emitRunEvent } from "./run-events";
import { stageFailed } from "./stage-failed";
import type { StageIds } from "./stage-ids";
import type { StageResult, StageSpec } from "./stage-spec";
import { stageKey, stagePercent, stageTitle } from "./stages";
import { writeVersion } from "./write-version";

export type StageOutcome<R> = { ok: true; value: R; version: number } | { ok: false; end: RunEnd };

function fallbackNote<T>(routed: RoutedObject<T>): string | null {
  const failed = routed.attempts.filter((a) => a.outcome !== "success");
  if (failed.length === 0) return null;
  const who = [...new Set(failed.map((a) => `${a.provider}/${a.model}`))].join(", ");
  return `${who} failed (${failed.at(-1)!.error ?? failed.at(-1)!.outcome}); answered by ${routed.provider}/${routed.model}.`;
}

function doneLine<T>(title: string, routed: RoutedObject<T>, summary: string | undefined): string {
  const seconds = (routed.durationMs / 1000).toFixed(1);
  const cost = routed.costUsd > 0 ? `, $${routed.costUsd.toFixed(4)}` : "";
  return `${title} done by ${routed.provider}/${routed.model} in ${seconds} s (${routed.tokensIn}+${routed.tokensOut} tokens${cost})${summary ? `: ${summary}` : "."}`;
}

export async function runStage<T, R>(ids: StageIds, spec: StageSpec<T, R>, cancelSignal?: AbortSignal): Promise<StageOutcome<R>> {
  const { stage, round } = spec;
  const start = await beginStage(ids, stage, round);
  if (!start.go) return { ok: false, end: start.end };
  const chain = await loadModelChain(db, ids.workspaceId);
  const startedAt = new Date();
  const deadline = AbortSignal.timeout(Math.max(1, start.deadlineAt.getTime() - Date.now()));
  const signal = cancelSignal ? AbortSignal.any([cancelSignal, deadline]) : deadline;
  let routed: RoutedObject<T>;
  let finished: StageResult<R>;
  try {
    routed = await spec.call(chain.links, signal);
    finished = spec.finish(routed.object);
  } catch (error) {
    return { ok: false, end: await stageFailed(ids, spec, { error, startedAt, deadlineHit: deadline.aborted, cancelled: cancelSignal?.aborted ?? false, skipped: chain.skipped }) };
  }
  return transaction(async ({ tx }): Promise<StageOutcome<R>> => {
    const run = await lockRun(tx, ids);
    const owned = run && run.workflowId === ids.workflowId && isActive(run.status);
    const totals = { provider: routed.provider, model: routed.model, tokensIn: routed.tokensIn, tokensOut: routed.tokensOut, costUsd: routed.costUsd, attempts: routed.attempts };
    const step = { stage, round, ...totals, startedAt, finishedAt: new Date() };
    if (!owned) {
      // Cancelled (or handed to a retry) while the model was answering: keep the cost, write nothing else.
      await recordStep(tx, ids, { ...step, outcome: "cancelled" });
      return { ok: false, end: run?.status === "cancelled" || run?.status === "timed_out" ? run.status : "superseded" };
    }
    await recordStep(tx, ids, { ...step, outcome: finished.failure ? "rejected" : "succeeded", error: finished.failure?.cause });
    for (const skip of finished.skipped ?? []) {
      await recordStep(tx, ids, { ...step, stage: skip.stage, provider: null, model: null, tokensIn: 0, tokensOut: 0, costUsd: 0, attempts: [], outcome: "skipped", error: skip.reason });
    }
    const version = await writeVersion(tx, ids, stageKey(stage, round), finished.version, finished.makeCurrent);
    const percent = stagePercent(stage, round, "end");
    const fallback = fallbackNote(routed);
    if (fallback) await emitRunEvent(tx, ids, { stage, percent, level: "warn", message: fallback });
    for (const note of finished.notes ?? []) await emitRunEvent(tx, ids, { stage, percent, level: "warn", message: note });
    await emitRunEvent(tx, ids, { stage, percent, message: doneLine(stageTitle(stage, round), routed, finished.summary) });
    if (finished.failure) {
      await endRun(tx, ids, "failed", finished.failure, percent);
      return { ok: false, end: "failed" };
    }
    return { ok: true, value: finished.result, version };
  });
}
