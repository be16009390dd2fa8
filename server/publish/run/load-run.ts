import "server-only";

/** Everything one publish attempt needs, read fresh (job, channel, item, the approved version). */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { channels, contentItems, publishJobs, workspaces } from "@/server/db/schema";
import { loadVersion } from "../jobs/resolve-targets";

export type RunIds = { jobId: string; workspaceId: string };

export async function loadRun(tx: Db, ids: RunIds) {
  const [row] = await tx
    .select({ job: publishJobs, channel: channels, item: { id: contentItems.id, kind: contentItems.kind, status: contentItems.status, title: contentItems.title, createdById: contentItems.createdById }, workspaceSlug: workspaces.slug, organizationId: workspaces.organizationId })
    .from(publishJobs)
    .innerJoin(channels, and(eq(channels.id, publishJobs.channelId), eq(channels.workspaceId, publishJobs.workspaceId)))
    .innerJoin(contentItems, and(eq(contentItems.id, publishJobs.contentItemId), eq(contentItems.workspaceId, publishJobs.workspaceId)))
    .innerJoin(workspaces, eq(workspaces.id, publishJobs.workspaceId))
    .where(and(eq(publishJobs.workspaceId, ids.workspaceId), eq(publishJobs.id, ids.jobId)));
  if (!row) return null;
  const version = await loadVersion(tx, ids.workspaceId, row.job.contentItemId, row.job.versionNumber);
  return { ...row, version };
}

export type LoadedRun = NonNullable<Awaited<ReturnType<typeof loadRun>>>;
