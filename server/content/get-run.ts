import "server-only";

/** One generation run with its steps and its latest progress lines (oldest first). */
import { and, desc, eq } from "drizzle-orm";
import { runEvents } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadRun } from "./load-content";
import { runView, stepsOfRuns } from "./run-view";
import type { RunDetailInput } from "./schemas";

export async function getRun(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">, input: RunDetailInput) {
  const run = await loadRun(ctx.db, ctx.workspace.id, input.runId);
  const steps = await stepsOfRuns(ctx.db, ctx.workspace.id, [run.id]);
  const events = await ctx.db
    .select({ id: runEvents.id, stage: runEvents.stage, percent: runEvents.percent, level: runEvents.level, message: runEvents.message, createdAt: runEvents.createdAt })
    .from(runEvents)
    .where(and(eq(runEvents.workspaceId, ctx.workspace.id), eq(runEvents.runId, run.id)))
    .orderBy(desc(runEvents.id))
    .limit(input.events);
  return { ...runView(run, steps), events: events.reverse() };
}
