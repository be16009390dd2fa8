/**
 * Many webhook jobs at once, as approvals leave them: approved items, webhook channels pointing at a
 * local receiver, and one job per item enqueued on publish-webhook in the channel's partition.
 */
import { inArray, sql } from "drizzle-orm";
import { db } from "@/server/db/client";
import { approvals, channels, contentItems, contentVersions, publishJobs } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { sealCredentials } from "@/server/publish/channels/credentials";
import { newSigningSecret } from "@/server/publish/connectors/webhook/signature";
import { enqueuePublish } from "@/server/publish/jobs/enqueue-publish";

export async function webhookChannel(workspaceId: string, url: string) {
  const id = crypto.randomUUID();
  const [row] = await db
    .insert(channels)
    .values({ id, workspaceId, kind: "webhook", name: `Hook ${id.slice(0, 6)}`, externalAccountId: url, serviceUrl: url, credentialsSealed: sealCredentials(id, { signingSecret: newSigningSecret() }) })
    .returning();
  return row!;
}

/**
 * `count` approved items with one job each on `channelId`, due at `runAt`, enqueued together.
 * `releasedAt`: when DBOS releases the workflow (default runAt; earlier = a post moved later after release).
 */
export async function webhookJobs(workspaceId: string, actorId: string, channelId: string, count: number, runAt = new Date(), releasedAt = runAt) {
  const items = Array.from({ length: count }, () => crypto.randomUUID());
  await db.insert(contentItems).values(
    items.map((id, n) => ({ id, workspaceId, kind: "social" as const, status: "in_review" as const, title: `Hook item ${n}`, request: { kind: "social", platforms: [], topic: "hooks", wordCount: 40 } as never, currentVersion: 1 })),
  );
  await db.insert(contentVersions).values(items.map((id, n) => ({ workspaceId, contentItemId: id, number: 1, source: "final", title: `Hook item ${n}`, body: `Body ${n}`, posts: [] })));
  await db.insert(approvals).values(items.map((id) => ({ workspaceId, contentItemId: id, versionNumber: 1, step: 1, decision: "approved" as const, actorId, actorLabel: "Reviewer" })));
  await db.update(contentItems).set({ status: "approved" }).where(inArray(contentItems.id, items));
  return transaction(async ({ tx, client }) => {
    const rows = items.map((contentItemId) => {
      const id = crypto.randomUUID();
      return { id, workspaceId, contentItemId, channelId, versionNumber: 1, runAt, workflowId: `publish:${id}:1`, idempotencyKey: `lc_${id.replaceAll("-", "")}` };
    });
    const jobs = await tx.insert(publishJobs).values(rows).returning();
    for (const job of jobs) await enqueuePublish(client, job, "webhook", Date.now() + (runAt.getTime() - releasedAt.getTime()));
    return jobs.map((j) => j.id);
  });
}

export function jobsOf(ids: string[]) {
  return db.select().from(publishJobs).where(inArray(publishJobs.id, ids));
}

/** Every DBOS workflow of a job's first run (`publish:<job>:1` and its successors), by status. */
export async function runWorkflows(jobId: string) {
  const { rows } = await db.execute<{ workflow_uuid: string; status: string }>(
    sql`select workflow_uuid, status from dbos.workflow_status where workflow_uuid like ${`publish:${jobId}:1%`} order by created_at`,
  );
  return rows;
}
