import "server-only";

/**
 * The publish workflow's first step: the job must still be wanted (not cancelled, not already
 * published), due, and its version still the approved current one (an edit after approval stops it
 * with that reason). Marks it publishing and moves the item along.
 */
import { and, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { publishJobs } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { assertPublishable } from "@/server/review/publish-gate";
import { loadRun, type RunIds } from "./load-run";
import { recordFailed } from "./record-outcome";
import { syncItemStatus } from "./sync-item-status";

export type Begin = { go: false; reason: string } | { go: true; waitMs: number; attemptsSoFar: number; runAtMs: number };

export async function beginJob(ids: RunIds, now = Date.now()): Promise<Begin> {
  return transaction(async ({ tx }) => {
    const [job] = await tx.select().from(publishJobs).where(and(eq(publishJobs.workspaceId, ids.workspaceId), eq(publishJobs.id, ids.jobId))).for("update");
    if (!job) return { go: false, reason: "missing" };
    if (job.status === "cancelled" || job.status === "published") return { go: false, reason: job.status };
    // Rescheduled later after the workflow was released: wait for the new time.
    if (job.runAt.getTime() - now > 1000) return { go: true, waitMs: job.runAt.getTime() - now, attemptsSoFar: job.attempts, runAtMs: job.runAt.getTime() };
    try {
      await assertPublishable(tx, ids.workspaceId, job.contentItemId, job.versionNumber);
    } catch (error) {
      if (!(error instanceof AppError)) throw error;
      const run = await loadRun(db, ids);
      if (run) {
        await recordFailed(tx, run, null, "gate", {
          code: "not_approved",
          message: `Version ${job.versionNumber} is no longer the approved current version (it was edited or its approval was withdrawn). Approve the current version, then publish again.`,
          permanent: true,
        });
      }
      return { go: false, reason: "not_approved" };
    }
    await tx
      .update(publishJobs)
      .set({ status: "publishing", startedAt: job.startedAt ?? new Date(now) })
      .where(and(eq(publishJobs.workspaceId, ids.workspaceId), eq(publishJobs.id, ids.jobId)));
    await syncItemStatus(tx, ids.workspaceId, job.contentItemId);
    return { go: true, waitMs: 0, attemptsSoFar: job.attempts, runAtMs: job.runAt.getTime() };
  });
}
