/** A real worker (spawned) serving the publish and metrics queues, with X played by the local fake. */
import { and, asc, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { metricSnapshots, patternScores, publishJobs } from "@/server/db/schema";
import { dbosClient } from "@/server/workflows/dbos-client";
import { metricsWorkflowId } from "@/workflows/definitions/collect-metrics";
import { APPLICATION_VERSION, queues, workflowNames } from "@/workflows/names";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { startXFake, type XFake } from "../publish/fakes/x-server";

export function createMetricsHarness() {
  let worker: RunningWorker | undefined;
  let x!: XFake;
  return {
    get x() {
      return x;
    },
    worker: () => worker!,
    async start() {
      x = await startXFake();
      worker = await spawnWorker({
        DATABASE_URL: process.env.DATABASE_URL!,
        WORKER_QUEUES: `publish-x,publish-blog,${queues.metrics}`,
        PLATFORM_ENDPOINTS: JSON.stringify(x.endpoints),
        X_CLIENT_ID: x.client.clientId,
        X_CLIENT_SECRET: x.client.clientSecret,
        PUBLISH_RETRY_BASE_SECONDS: "0.2",
      });
    },
    async stop() {
      await worker?.stop();
      await x?.server.close();
    },
  };
}

/** A published job row (as the publish workflow leaves it), published `hoursAgo` hours ago. */
export async function insertPublishedJob(ws: { workspaceId: string; itemId: string; channelId: string; externalId: string; hoursAgo: number; timezone?: string }) {
  const id = crypto.randomUUID();
  const publishedAt = new Date(Date.now() - ws.hoursAgo * 3_600_000);
  const [job] = await db
    .insert(publishJobs)
    .values({
      id,
      workspaceId: ws.workspaceId,
      contentItemId: ws.itemId,
      channelId: ws.channelId,
      versionNumber: 1,
      runAt: publishedAt,
      timezone: ws.timezone ?? "UTC",
      status: "published",
      workflowId: `publish:${id}`,
      idempotencyKey: `idem-${id}`,
      attempts: 1,
      externalId: ws.externalId,
      permalink: `https://x.com/loomtest/status/${ws.externalId}`,
      startedAt: publishedAt,
      publishedAt,
    })
    .returning();
  return job!;
}

/** Starts the metrics workflow the way the publish workflow does (same id, same queue). */
export async function startMetrics(job: { id: string; workspaceId: string }) {
  const client = await dbosClient();
  await client.enqueue(
    { queueName: queues.metrics, workflowName: workflowNames.collectMetrics, workflowID: metricsWorkflowId(job.id), appVersion: APPLICATION_VERSION },
    { jobId: job.id, workspaceId: job.workspaceId },
  );
}

export function snapshotsOf(jobId: string) {
  return db.select().from(metricSnapshots).where(eq(metricSnapshots.jobId, jobId)).orderBy(asc(metricSnapshots.publishedAt), asc(metricSnapshots.capturedAt));
}

export function patternsOf(workspaceId: string) {
  return db.select().from(patternScores).where(and(eq(patternScores.workspaceId, workspaceId))).orderBy(asc(patternScores.dimension));
}

/** Polls until `done` holds for the job's snapshots (or fails with what is there after `timeoutMs`). */
export async function waitForSnapshots(jobId: string, done: (rows: Awaited<ReturnType<typeof snapshotsOf>>) => boolean, timeoutMs = 30_000, output?: () => string) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const rows = await snapshotsOf(jobId);
    if (done(rows)) return rows;
    if (Date.now() > deadline) throw new Error(`snapshots of ${jobId} did not arrive: ${JSON.stringify(rows)}\n${output?.() ?? ""}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

export async function workflowStatus(jobId: string) {
  const client = await dbosClient();
  return (await client.getWorkflow(metricsWorkflowId(jobId)))?.status ?? null;
}
