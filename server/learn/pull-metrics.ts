import "server-only";

/**
 * One window's metrics pull for one delivery (one workflow step, retried by DBOS with backoff):
 * the blog counts its first-party page views; every other channel asks its connector. A
 * permanent connector error (revoked token, deleted post) is not retried: it is returned as a
 * miss. The snapshot is inserted once per (job, window) — a retried step never duplicates it.
 */
import { and, eq } from "drizzle-orm";
import { pageViews } from "@/server/blog/views";
import { db } from "@/server/db/client";
import { channels, contentItems, metricSnapshots, publishJobs } from "@/server/db/schema";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { platformEndpoints } from "@/server/publish/connectors/endpoints";
import { connectorHttp } from "@/server/publish/connectors/outbound";
import { connectorFor } from "@/server/publish/connectors/registry";
import type { Metrics } from "@/server/publish/connectors/types";
import { channelContext, freshCredentials } from "@/server/publish/run/fresh-credentials";
import { recordSnapshot } from "./record-snapshot";
import type { MetricWindow } from "./windows";

export type MetricsIds = { jobId: string; workspaceId: string };
export type PullResult = { status: "stored" | "exists" | "skipped"; reason?: string } | { status: "permanent"; reason: string };

export async function loadDelivery(ids: MetricsIds) {
  const [row] = await db
    .select({ job: publishJobs, channel: channels, patterns: contentItems.patterns })
    .from(publishJobs)
    .innerJoin(channels, and(eq(channels.id, publishJobs.channelId), eq(channels.workspaceId, publishJobs.workspaceId)))
    .innerJoin(contentItems, and(eq(contentItems.id, publishJobs.contentItemId), eq(contentItems.workspaceId, publishJobs.workspaceId)))
    .where(and(eq(publishJobs.workspaceId, ids.workspaceId), eq(publishJobs.id, ids.jobId)));
  return row ?? null;
}
export type LoadedDelivery = NonNullable<Awaited<ReturnType<typeof loadDelivery>>>;

async function fetchFor(delivery: LoadedDelivery): Promise<Metrics> {
  const { job, channel } = delivery;
  if (channel.kind === "blog") return { views: await pageViews(db, job.workspaceId, job.externalId!, job.publishedAt!) };
  const credentials = await freshCredentials(channel);
  const ctx = { channel: channelContext(channel, credentials), http: connectorHttp(), endpoints: platformEndpoints() };
  const connector = connectorFor(channel.kind);
  try {
    return await connector.fetchMetrics(ctx, { externalId: job.externalId!, permalink: job.permalink });
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === "auth" && connector.refresh && credentials.refreshToken) {
      const fresh = await freshCredentials(channel, { force: true });
      return connector.fetchMetrics({ ...ctx, channel: channelContext(channel, fresh) }, { externalId: job.externalId!, permalink: job.permalink });
    }
    throw error;
  }
}

export async function alreadyPulled(ids: MetricsIds, window: MetricWindow): Promise<boolean> {
  const [row] = await db
    .select({ id: metricSnapshots.id })
    .from(metricSnapshots)
    .where(and(eq(metricSnapshots.workspaceId, ids.workspaceId), eq(metricSnapshots.jobId, ids.jobId), eq(metricSnapshots.window, window)));
  return Boolean(row);
}

/** Throws on a transient failure (the step retries); returns `permanent` when retrying cannot help. */
export async function pullMetrics(ids: MetricsIds, window: MetricWindow, attempt: number): Promise<PullResult> {
  if (await alreadyPulled(ids, window)) return { status: "exists" };
  const delivery = await loadDelivery(ids);
  if (!delivery || delivery.job.status !== "published" || !delivery.job.publishedAt || !delivery.job.externalId) return { status: "skipped", reason: "not published" };
  let metrics: Metrics;
  try {
    metrics = await fetchFor(delivery);
  } catch (error) {
    if (error instanceof ConnectorError && error.permanent) return { status: "permanent", reason: error.message };
    throw error;
  }
  const inserted = await recordSnapshot(delivery, window, { status: "ok", metrics, attempts: attempt });
  return { status: inserted ? "stored" : "exists" };
}

/** After every retry failed (or a permanent error): the window is recorded as missed, with why. */
export async function recordMiss(ids: MetricsIds, window: MetricWindow, reason: string, attempts: number): Promise<void> {
  const delivery = await loadDelivery(ids);
  if (!delivery || !delivery.job.publishedAt) return;
  await recordSnapshot(delivery, window, { status: "missed", metrics: {}, attempts, error: reason.slice(0, 500) });
}
