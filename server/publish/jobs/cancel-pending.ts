import "server-only";

/**
 * When an approved or scheduled item is edited, its approval is void, so its waiting publish jobs
 * are cancelled in the same transaction (their units of post quota returned); the caller cancels
 * the DBOS workflows after commit. (Were one to run anyway, the publish gate would stop it.)
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { publishJobs } from "@/server/db/schema";
import { refundPosts } from "./charge-posts";
import { cancelPublishWorkflow } from "./enqueue-publish";

export async function cancelPendingJobs(tx: Db, workspace: { id: string; organizationId: string }, contentItemId: string): Promise<string[]> {
  const rows = await tx
    .update(publishJobs)
    .set({ status: "cancelled", lastError: { code: "edited", message: "Cancelled: the content was edited after approval.", permanent: true } })
    .where(and(eq(publishJobs.workspaceId, workspace.id), eq(publishJobs.contentItemId, contentItemId), inArray(publishJobs.status, ["scheduled", "retrying"])))
    .returning({ workflowId: publishJobs.workflowId });
  if (rows.length > 0) await refundPosts(tx, workspace.organizationId, rows.length);
  return rows.map((r) => r.workflowId);
}

export async function cancelWorkflows(workflowIds: string[]): Promise<void> {
  await Promise.all(workflowIds.map((id) => cancelPublishWorkflow(id).catch(() => undefined)));
}
