/** Seeds the publish bench: a workspace, approved items, webhook channels, and N jobs due within one minute. */
import { eq } from "drizzle-orm";
import { transaction } from "@/server/db/transaction";
import { db } from "@/server/db/client";
import { approvals, channels, contentItems, contentVersions, publishJobs, users } from "@/server/db/schema";
import { sealCredentials } from "@/server/publish/channels/credentials";
import { enqueuePublish } from "@/server/publish/jobs/enqueue-publish";
import { createOrganizationWithWorkspace } from "@/server/workspaces/create-organization";

export type Seeded = { runAtByKey: Map<string, number>; firstRunAt: number; lastRunAt: number };

export async function seedPublishBench(options: { jobs: number; channels: number; receiverUrl: string; startInMs: number; windowMs: number }): Promise<Seeded> {
  const [user] = await db.insert(users).values({ name: "Bench", email: `bench-${Date.now()}@example.test` }).returning();
  const { workspace } = await transaction(({ tx }) => createOrganizationWithWorkspace(tx, { userId: user!.id }, { organizationName: "Bench Org", workspaceName: "Bench" }));
  // One approved item per job, as in real use (an item goes to a handful of channels, not 50).
  const items: string[] = [];
  for (let offset = 0; offset < options.jobs; offset += 500) {
    const count = Math.min(500, options.jobs - offset);
    const rows = Array.from({ length: count }, (_, i) => ({ id: crypto.randomUUID(), n: offset + i }));
    await db.insert(contentItems).values(
      rows.map(({ id, n }) => ({ id, workspaceId: workspace.id, kind: "social" as const, status: "in_review" as const, title: `Bench item ${n}`, request: { kind: "social", platforms: [], topic: "bench", wordCount: 40 } as never, currentVersion: 1 })),
    );
    await db.insert(contentVersions).values(rows.map(({ id, n }) => ({ workspaceId: workspace.id, contentItemId: id, number: 1, source: "final", title: `Bench item ${n}`, body: `Bench body ${n}`, posts: [] })));
    await db.insert(approvals).values(rows.map(({ id }) => ({ workspaceId: workspace.id, contentItemId: id, versionNumber: 1, step: 1, decision: "approved" as const, actorId: user!.id, actorLabel: "Bench" })));
    items.push(...rows.map((r) => r.id));
  }
  await db.update(contentItems).set({ status: "approved" }).where(eq(contentItems.workspaceId, workspace.id));

  const channelRows: (typeof channels.$inferSelect)[] = [];
  for (let c = 0; c < options.channels; c += 1) {
    const id = crypto.randomUUID();
    const [row] = await db
      .insert(channels)
      .values({ id, workspaceId: workspace.id, kind: "webhook", name: `Hook ${c}`, externalAccountId: id, serviceUrl: `${options.receiverUrl}/hook/${c}`, credentialsSealed: sealCredentials(id, { signingSecret: `secret-${c}` }) })
      .returning();
    channelRows.push(row!);
  }

  const runAtByKey = new Map<string, number>();
  const start = Date.now() + options.startInMs;
  const batch = 250;
  for (let offset = 0; offset < options.jobs; offset += batch) {
    await transaction(async ({ tx, client }) => {
      const rows: (typeof publishJobs.$inferInsert)[] = [];
      for (let n = offset; n < Math.min(options.jobs, offset + batch); n += 1) {
        const id = crypto.randomUUID();
        const runAt = new Date(start + Math.floor((n / options.jobs) * options.windowMs));
        rows.push({
          id,
          workspaceId: workspace.id,
          contentItemId: items[n]!,
          channelId: channelRows[n % options.channels]!.id,
          versionNumber: 1,
          runAt,
          workflowId: `publish:${id}:1`,
          idempotencyKey: `lc_${id.replaceAll("-", "")}`,
        });
        runAtByKey.set(`lc_${id.replaceAll("-", "")}`, runAt.getTime());
      }
      const jobs = await tx.insert(publishJobs).values(rows).returning();
      for (const job of jobs) await enqueuePublish(client, job, "webhook");
    });
  }
  return { runAtByKey, firstRunAt: start, lastRunAt: start + options.windowMs };
}
