import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { channels, publishJobs } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";

/** A job of this workspace (with its channel's name and kind), locked for the transaction. */
export async function lockJob(tx: Db, workspaceId: string, jobId: string) {
  const [row] = await tx
    .select({ job: publishJobs, channelName: channels.name, channelKind: channels.kind, channelStatus: channels.status })
    .from(publishJobs)
    .innerJoin(channels, eq(channels.id, publishJobs.channelId))
    .where(and(eq(publishJobs.workspaceId, workspaceId), eq(publishJobs.id, jobId)))
    .for("update", { of: publishJobs });
  if (!row) throw notFound("Publish job");
  return row;
}
