import "server-only";
import { and, asc, eq, gt, inArray, or } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { generationRuns, runEvents } from "@/server/db/schema";

/** Most events read at once; a longer backlog is read in several batches. */
export const eventBatch = 500;

export const terminalRunStatuses = ["succeeded", "failed", "cancelled", "timed_out"] as const;
export type RunStatus = (typeof generationRuns.$inferSelect)["status"];

export function isTerminal(status: RunStatus): boolean {
  return (terminalRunStatuses as readonly string[]).includes(status);
}

/** The run's status, or null when the workspace has no such run. */
export async function readRunStatus(db: Db, scope: { workspaceId: string; runId: string }): Promise<RunStatus | null> {
  const [row] = await db
    .select({ status: generationRuns.status })
    .from(generationRuns)
    .where(and(eq(generationRuns.workspaceId, scope.workspaceId), eq(generationRuns.id, scope.runId)))
    .limit(1);
  return row?.status ?? null;
}

/**
 * The run's events after `afterId`, plus any of `ids` (notified events that committed out of id
 * order), oldest first. Always scoped by workspace and run.
 */
export function readRunEvents(db: Db, scope: { workspaceId: string; runId: string; afterId: number; ids?: number[] }) {
  const newer = gt(runEvents.id, scope.afterId);
  return db
    .select({
      id: runEvents.id,
      stage: runEvents.stage,
      percent: runEvents.percent,
      level: runEvents.level,
      message: runEvents.message,
      createdAt: runEvents.createdAt,
    })
    .from(runEvents)
    .where(
      and(
        eq(runEvents.workspaceId, scope.workspaceId),
        eq(runEvents.runId, scope.runId),
        scope.ids?.length ? or(newer, inArray(runEvents.id, scope.ids)) : newer,
      ),
    )
    .orderBy(asc(runEvents.id))
    .limit(eventBatch);
}
