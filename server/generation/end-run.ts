import "server-only";

/**
 * Ends a run that did not succeed: the run gets its final status and error, the content item the
 * matching status, and the run's log a last line. Conditional on the run still being active, so
 * ending twice (a re-run step, a cancel racing a failure) changes nothing.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { contentItems, generationRuns } from "@/server/db/schema";
import { emitRunEvent, type RunRef } from "./run-events";
import type { RunError } from "./run-error";

const itemStatus = { failed: "generation_failed", timed_out: "generation_failed", cancelled: "cancelled" } as const;

export async function endRun(
  tx: Db,
  run: RunRef & { contentItemId: string; workflowId?: string },
  status: "failed" | "timed_out" | "cancelled",
  error: RunError | null,
  percent: number,
): Promise<boolean> {
  const [ended] = await tx
    .update(generationRuns)
    .set({ status, error, finishedAt: new Date() })
    .where(
      and(
        eq(generationRuns.id, run.runId),
        eq(generationRuns.workspaceId, run.workspaceId),
        inArray(generationRuns.status, ["queued", "running"]),
        // A workflow only ends the run it still owns (a retry hands the run to a forked workflow).
        run.workflowId ? eq(generationRuns.workflowId, run.workflowId) : undefined,
      ),
    )
    .returning({ id: generationRuns.id });
  if (!ended) return false;
  await tx
    .update(contentItems)
    .set({ status: itemStatus[status] })
    .where(and(eq(contentItems.id, run.contentItemId), eq(contentItems.workspaceId, run.workspaceId)));
  const message =
    status === "cancelled" ? "Cancelled." : `${status === "timed_out" ? "Timed out" : "Failed"}: ${error?.message ?? ""} Likely cause: ${error?.cause ?? "unknown"}.`;
  await emitRunEvent(tx, run, { stage: error?.stage ?? null, percent, message, level: status === "cancelled" ? "warn" : "error" });
  return true;
}
