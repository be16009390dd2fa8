import "server-only";

/** Runs and their per-stage steps as the API returns them (cost as a number of USD). */
import { and, asc, desc, eq, inArray } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { generationRuns, generationSteps } from "@/server/db/schema";

export type RunRow = typeof generationRuns.$inferSelect;
export type StepRow = typeof generationSteps.$inferSelect;

export function stepView(step: StepRow) {
  const { workspaceId: _ws, costUsd, ...rest } = step;
  return { ...rest, costUsd: Number(costUsd) };
}

export function runView(run: RunRow, steps: StepRow[]) {
  const { workspaceId: _ws, workflowId: _wf, ...rest } = run;
  const views = steps.filter((s) => s.runId === run.id).map(stepView);
  const totals = {
    tokensIn: views.reduce((n, s) => n + s.tokensIn, 0),
    tokensOut: views.reduce((n, s) => n + s.tokensOut, 0),
    costUsd: Math.round(views.reduce((n, s) => n + s.costUsd, 0) * 1e6) / 1e6,
  };
  return { ...rest, retryable: run.status === "failed" || run.status === "timed_out", steps: views, totals };
}

export async function runsOfItem(db: Db, workspaceId: string, contentItemId: string) {
  const runs = await db
    .select()
    .from(generationRuns)
    .where(and(eq(generationRuns.workspaceId, workspaceId), eq(generationRuns.contentItemId, contentItemId)))
    .orderBy(desc(generationRuns.createdAt));
  const steps = runs.length ? await stepsOfRuns(db, workspaceId, runs.map((r) => r.id)) : [];
  return runs.map((run) => runView(run, steps));
}

export function stepsOfRuns(db: Db, workspaceId: string, runIds: string[]) {
  return db
    .select()
    .from(generationSteps)
    .where(and(eq(generationSteps.workspaceId, workspaceId), inArray(generationSteps.runId, runIds)))
    .orderBy(asc(generationSteps.startedAt), asc(generationSteps.round));
}
