import "server-only";

/** Everything recorded about one item, each query scoped to the workspace. */
import { and, asc, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { approvals, channels, generationRuns, generationSteps, metricSnapshots, publishJobs, users } from "@/server/db/schema";

export async function loadItemEvents(db: Db, workspaceId: string, contentItemId: string) {
  const runs = await db
    .select()
    .from(generationRuns)
    .where(and(eq(generationRuns.workspaceId, workspaceId), eq(generationRuns.contentItemId, contentItemId)))
    .orderBy(asc(generationRuns.createdAt));
  const steps = await db
    .select({ step: generationSteps })
    .from(generationSteps)
    .innerJoin(generationRuns, and(eq(generationRuns.id, generationSteps.runId), eq(generationRuns.workspaceId, generationSteps.workspaceId)))
    .where(and(eq(generationSteps.workspaceId, workspaceId), eq(generationRuns.contentItemId, contentItemId)))
    .orderBy(asc(generationSteps.startedAt));
  const reviews = await db
    .select()
    .from(approvals)
    .where(and(eq(approvals.workspaceId, workspaceId), eq(approvals.contentItemId, contentItemId)))
    .orderBy(asc(approvals.createdAt));
  const jobs = await db
    .select({ job: publishJobs, channelName: channels.name, channelKind: channels.kind, actorName: users.name, actorEmail: users.email })
    .from(publishJobs)
    .innerJoin(channels, and(eq(channels.id, publishJobs.channelId), eq(channels.workspaceId, publishJobs.workspaceId)))
    .leftJoin(users, eq(users.id, publishJobs.createdById))
    .where(and(eq(publishJobs.workspaceId, workspaceId), eq(publishJobs.contentItemId, contentItemId)));
  const snapshots = await db
    .select({ snap: metricSnapshots, channelName: channels.name })
    .from(metricSnapshots)
    .innerJoin(channels, and(eq(channels.id, metricSnapshots.channelId), eq(channels.workspaceId, metricSnapshots.workspaceId)))
    .where(and(eq(metricSnapshots.workspaceId, workspaceId), eq(metricSnapshots.contentItemId, contentItemId)));
  return { runs, steps: steps.map((s) => s.step), reviews, jobs, snapshots };
}
export type ItemEvents = Awaited<ReturnType<typeof loadItemEvents>>;
