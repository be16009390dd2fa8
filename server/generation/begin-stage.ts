import "server-only";

/**
 * The check before every stage: the run must still be active, still belong to this workflow (a
 * retry hands the run to a forked workflow) and within its deadline. A run past its deadline is
 * ended as timed out here. When it may go ahead, the run is marked running at this stage.
 */
import { and, eq, sql } from "drizzle-orm";
import type { StageName } from "@/server/ai/stage-schemas";
import { generationRuns } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { endRun } from "./end-run";
import { isActive, lockRun } from "./lock-run";
import { emitRunEvent } from "./run-events";
import type { RunEnd, RunError } from "./run-error";
import type { StageIds } from "./stage-ids";
import { stagePercent, stageTitle } from "./stages";

export type StageStart = { go: true; deadlineAt: Date } | { go: false; end: RunEnd };

export function timeoutError(stage: StageName, during: boolean): RunError {
  return {
    stage,
    message: "The run passed its time limit.",
    cause: `the run ran out of time ${during ? "during" : "before"} the ${stage} stage (a slow or stuck model provider, or a long queue)`,
    retryable: true,
  };
}

export function beginStage(ids: StageIds, stage: StageName, round: number, now = new Date()): Promise<StageStart> {
  return transaction(async ({ tx }) => {
    const run = await lockRun(tx, ids);
    if (!run) return { go: false, end: "missing" };
    if (run.workflowId !== ids.workflowId || run.status === "succeeded") return { go: false, end: "superseded" };
    if (!isActive(run.status)) return { go: false, end: run.status as RunEnd };
    if (now >= run.deadlineAt) {
      await endRun(tx, ids, "timed_out", timeoutError(stage, false), run.percent);
      return { go: false, end: "timed_out" };
    }
    if (run.status === "queued") {
      await tx
        .update(generationRuns)
        // started_at keeps the first start, also when a retry puts the run back in the queue.
        .set({ status: "running", startedAt: sql`coalesce(${generationRuns.startedAt}, now())` })
        .where(and(eq(generationRuns.id, ids.runId), eq(generationRuns.workspaceId, ids.workspaceId)));
    }
    await emitRunEvent(tx, ids, { stage, percent: stagePercent(stage, round, "start"), message: `${stageTitle(stage, round)} started.` });
    return { go: true, deadlineAt: run.deadlineAt };
  });
}
