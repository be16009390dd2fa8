import "server-only";

/**
 * Progress: one run_events row per log line (a trigger NOTIFYs listeners on insert) and the run's
 * current stage and percent. Always written in the same transaction as the change it reports.
 */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { generationRuns, runEvents } from "@/server/db/schema";

export type RunRef = { runId: string; workspaceId: string };
export type RunEventInput = { stage: string | null; percent: number; message: string; level?: "info" | "warn" | "error" };

export async function emitRunEvent(tx: Db, run: RunRef, event: RunEventInput): Promise<void> {
  await tx.insert(runEvents).values({
    workspaceId: run.workspaceId,
    runId: run.runId,
    stage: event.stage,
    percent: event.percent,
    level: event.level ?? "info",
    message: event.message,
  });
  await tx
    .update(generationRuns)
    .set({ percent: event.percent, ...(event.stage ? { stage: event.stage } : {}) })
    .where(and(eq(generationRuns.id, run.runId), eq(generationRuns.workspaceId, run.workspaceId)));
}
