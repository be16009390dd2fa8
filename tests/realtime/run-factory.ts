import { and, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { contentItems, generationRuns, runEvents } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import type { RunStatus } from "@/server/realtime/run-progress-queries";
import { unique } from "../factories/users";

/** A content item in `generating` with one run, written directly (no workflow involved). */
export async function insertRun(workspaceId: string, status: RunStatus = "running") {
  const [item] = await db
    .insert(contentItems)
    .values({
      workspaceId,
      kind: "social",
      status: "generating",
      title: unique("Post"),
      request: { kind: "social", platforms: ["x"], topic: "Realtime tests", keywords: [], wordCount: 40, tolerancePct: 10, strict: false, tone: "friendly" },
    })
    .returning();
  const [run] = await db
    .insert(generationRuns)
    .values({ workspaceId, contentItemId: item!.id, workflowId: unique("wf"), status, deadlineAt: new Date(Date.now() + 600_000) })
    .returning();
  return { item: item!, run: run! };
}

/** Inserts one progress event (the trigger NOTIFYs on commit); returns its id. */
export async function insertEvent(run: { id: string; workspaceId: string }, fields: { stage?: string; percent?: number; message?: string } = {}) {
  const [row] = await db
    .insert(runEvents)
    .values({ workspaceId: run.workspaceId, runId: run.id, stage: fields.stage ?? "draft", percent: fields.percent ?? 10, message: fields.message ?? unique("event") })
    .returning({ id: runEvents.id });
  return row!.id;
}

/** Ends the run the way the workflow does: the status and the final event in one transaction. */
export async function finishRun(run: { id: string; workspaceId: string }, status: RunStatus = "succeeded", message = "Done") {
  return transaction(async ({ tx }) => {
    await tx
      .update(generationRuns)
      .set({ status, percent: 100, finishedAt: new Date() })
      .where(and(eq(generationRuns.workspaceId, run.workspaceId), eq(generationRuns.id, run.id)));
    const [row] = await tx
      .insert(runEvents)
      .values({ workspaceId: run.workspaceId, runId: run.id, stage: null, percent: 100, message })
      .returning({ id: runEvents.id });
    return row!.id;
  });
}
