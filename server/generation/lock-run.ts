import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { generationRuns } from "@/server/db/schema";
import type { RunRef } from "./run-events";

export type LockedRun = typeof generationRuns.$inferSelect;

/** The run row, locked FOR UPDATE until the transaction ends (so stage ends, cancels and retries serialize). */
export async function lockRun(tx: Db, run: RunRef): Promise<LockedRun | undefined> {
  const [row] = await tx
    .select()
    .from(generationRuns)
    .where(and(eq(generationRuns.id, run.runId), eq(generationRuns.workspaceId, run.workspaceId)))
    .for("update");
  return row;
}

export const isActive = (status: LockedRun["status"]) => status === "queued" || status === "running";
