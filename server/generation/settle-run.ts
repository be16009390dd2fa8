import "server-only";

/**
 * Closes a run whose workflow stopped outside the stages' own checks: DBOS cancelled it (a cancel
 * through DBOS, or DBOS's hard workflow timeout), or a step kept throwing. Runs outside any step
 * (a cancelled workflow may not start one), so it is conditional and safe to repeat.
 */
import type { StageName } from "@/server/ai/stage-schemas";
import { transaction } from "@/server/db/transaction";
import { timeoutError } from "./begin-stage";
import { cancelledOutside } from "./cancelled-outside";
import { endRun } from "./end-run";
import { internalError } from "./explain-failure";
import { isActive, lockRun } from "./lock-run";
import type { StageIds } from "./stage-ids";

export function settleRun(ids: StageIds, how: "cancelled" | "error", error?: unknown): Promise<void> {
  return transaction(async ({ tx }) => {
    const run = await lockRun(tx, ids);
    if (!run || run.workflowId !== ids.workflowId || !isActive(run.status)) return;
    const stage = (run.stage ?? "research") as StageName;
    if (how === "error") await endRun(tx, ids, "failed", internalError(stage, error), run.percent);
    else if (new Date() >= run.deadlineAt) await endRun(tx, ids, "timed_out", timeoutError(stage, true), run.percent);
    // Still active, so not a member's cancel (that ends the run first): cancelled outside Loomcast.
    else await endRun(tx, ids, "failed", cancelledOutside(stage), run.percent);
  });
}
