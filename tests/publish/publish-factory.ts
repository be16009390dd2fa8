/** Publish fixtures: channels with sealed credentials, approved items, and waiting for a job's outcome. */
import { and, asc, eq, sql } from "drizzle-orm";
import { db } from "@/server/db/client";
import { channels, notifications, publishAttempts, publishJobs } from "@/server/db/schema";
import type { ChannelCredentials } from "@/server/publish/connectors/types";
import { sealCredentials } from "@/server/publish/channels/credentials";
import type { ChannelKind } from "@/server/publish/connectors/kinds";
import { callerFor } from "../factories/users";
import { createReviewItem, reviewWorkspace } from "../review/review-factory";

export async function insertChannel(
  workspaceId: string,
  kind: ChannelKind,
  options: { credentials?: ChannelCredentials; externalAccountId?: string; handle?: string; serviceUrl?: string; status?: "active" | "needs_reconnect" | "disabled"; name?: string; queueSchedule?: { timezone: string; slots: { day: number; time: string }[] } } = {},
) {
  const id = crypto.randomUUID();
  const [row] = await db
    .insert(channels)
    .values({
      id,
      workspaceId,
      kind,
      name: options.name ?? `${kind} ${id.slice(0, 4)}`,
      externalAccountId: options.externalAccountId ?? id,
      handle: options.handle ?? null,
      serviceUrl: options.serviceUrl ?? null,
      status: options.status ?? "active",
      credentialsSealed: options.credentials ? sealCredentials(id, options.credentials) : null,
      queueSchedule: options.queueSchedule ?? null,
    })
    .returning();
  return row!;
}

export async function blogChannelOf(workspaceId: string) {
  const [existing] = await db.select().from(channels).where(and(eq(channels.workspaceId, workspaceId), eq(channels.kind, "blog")));
  return existing ?? insertChannel(workspaceId, "blog", { externalAccountId: workspaceId });
}

/** A workspace with one member per role and an item in review written by the editor. */
export async function publishWorkspace(options: { kind?: "social" | "blog" } = {}) {
  const ws = await reviewWorkspace();
  const item = await createReviewItem(ws.workspace.id, ws.editor, { kind: options.kind ?? "social" });
  return { ...ws, item };
}

export function approveAs(user: Parameters<typeof callerFor>[0], slug: string, item: { id: string; currentVersion: number }, extra: { channelIds?: string[]; queue?: boolean; scheduledFor?: string; timezone?: string } = {}) {
  return callerFor(user).review.approve({ workspaceSlug: slug, contentItemId: item.id, versionNumber: item.currentVersion, ...extra });
}

/** The job's DBOS workflow row (status, queue, partition, delay). */
export async function dbosRow(workflowId: string) {
  const { rows } = await db.execute<{ status: string; queue_name: string; queue_partition_key: string; delay_until_epoch_ms: string | null }>(
    sql`select status, queue_name, queue_partition_key, delay_until_epoch_ms from dbos.workflow_status where workflow_uuid = ${workflowId}`,
  );
  return rows[0]!;
}

export async function jobRow(jobId: string) {
  const [job] = await db.select().from(publishJobs).where(eq(publishJobs.id, jobId));
  return job!;
}

export function attemptsOf(jobId: string) {
  return db.select().from(publishAttempts).where(eq(publishAttempts.jobId, jobId)).orderBy(asc(publishAttempts.number));
}

export function notificationsOf(workspaceId: string, kind: string) {
  return db.select().from(notifications).where(and(eq(notifications.workspaceId, workspaceId), eq(notifications.kind, kind)));
}

/** Polls the job until `done` holds (or fails with the job's last state after `timeoutMs`). */
export async function waitForJob(jobId: string, done: (job: typeof publishJobs.$inferSelect) => boolean, timeoutMs = 30_000) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const job = await jobRow(jobId);
    if (job && done(job)) return job;
    if (Date.now() > deadline) throw new Error(`job ${jobId} did not reach the expected state: ${JSON.stringify(job)}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}
