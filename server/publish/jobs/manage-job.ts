import "server-only";

/**
 * What members do to one job: move it (scheduled jobs, future times), cancel it (before it is
 * published; a queued workflow is cancelled and the post's quota unit returned), or retry a dead
 * letter (a fresh workflow, same idempotency key, so a post that did go out is found, not doubled).
 */
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { publishJobs } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { assertPublishable } from "@/server/review/publish-gate";
import { parseSchedule } from "@/server/review/schedule";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { syncItemStatus } from "../run/sync-item-status";
import { refundPosts } from "./charge-posts";
import { cancelPublishWorkflow, delayPublish, enqueuePublish } from "./enqueue-publish";
import { lockJob } from "./lock-job";

const statusWords: Record<string, string> = { publishing: "being published right now", published: "already published", cancelled: "cancelled", failed: "failed", retrying: "retrying", scheduled: "scheduled" };

function audit(ctx: WorkspaceServiceContext, action: string, job: { id: string; contentItemId: string }, changes: Record<string, unknown>) {
  return { organizationId: ctx.workspace.organizationId, workspaceId: ctx.workspace.id, action, targetType: "content_item", targetId: job.contentItemId, changes: { jobId: job.id, ...changes } };
}

export async function rescheduleJob(ctx: WorkspaceServiceContext, input: { jobId: string; runAt: string; timezone?: string }) {
  const at = parseSchedule(input.runAt, input.timezone);
  const job = await transaction(async ({ tx }) => {
    const { job, channelName } = await lockJob(tx, ctx.workspace.id, input.jobId);
    if (job.status !== "scheduled") throw new AppError("CONFLICT", `Only scheduled posts can be moved; this one is ${statusWords[job.status]}.`);
    const [updated] = await tx
      .update(publishJobs)
      .set({ runAt: at.at, timezone: at.timezone })
      .where(and(eq(publishJobs.workspaceId, ctx.workspace.id), eq(publishJobs.id, job.id)))
      .returning();
    await syncItemStatus(tx, ctx.workspace.id, job.contentItemId);
    await writeAudit(tx, ctx.actor, audit(ctx, "publish.rescheduled", job, { channel: channelName, from: job.runAt.toISOString(), to: at.at.toISOString(), timezone: at.timezone }));
    return updated!;
  });
  // The workflow also re-reads run_at when it wakes, so a lost update here only costs a short extra sleep.
  await delayPublish(job.workflowId, job.runAt).catch(() => undefined);
  return job;
}

export async function cancelJob(ctx: WorkspaceServiceContext, input: { jobId: string }) {
  const { job, previous } = await transaction(async ({ tx }) => {
    const { job, channelName } = await lockJob(tx, ctx.workspace.id, input.jobId);
    if (!["scheduled", "retrying", "failed"].includes(job.status)) throw new AppError("CONFLICT", `This post is ${statusWords[job.status]}; it cannot be cancelled.`);
    const [updated] = await tx.update(publishJobs).set({ status: "cancelled" }).where(and(eq(publishJobs.workspaceId, ctx.workspace.id), eq(publishJobs.id, job.id))).returning();
    await refundPosts(tx, ctx.workspace.organizationId, 1);
    await syncItemStatus(tx, ctx.workspace.id, job.contentItemId);
    await writeAudit(tx, ctx.actor, audit(ctx, "publish.cancelled", job, { channel: channelName, runAt: job.runAt.toISOString(), was: job.status }));
    return { job: updated!, previous: job.status };
  });
  if (previous !== "failed") await cancelPublishWorkflow(job.workflowId).catch(() => undefined);
  return job;
}

export async function retryJob(ctx: WorkspaceServiceContext, input: { jobId: string }) {
  return transaction(async ({ tx, client }) => {
    const { job, channelName, channelKind, channelStatus } = await lockJob(tx, ctx.workspace.id, input.jobId);
    if (job.status !== "failed") throw new AppError("CONFLICT", `Only failed posts can be retried; this one is ${statusWords[job.status]}.`);
    if (channelStatus !== "active") throw new AppError("CONFLICT", `${channelName} ${channelStatus === "needs_reconnect" ? "needs reconnecting" : "is turned off"}: reconnect it in Channels, then retry.`);
    await assertPublishable(tx, ctx.workspace.id, job.contentItemId, job.versionNumber);
    // The run number of `publish:<job>:<run>` (successor workflows add `:attempt-<n>`, see run/hand-over.ts).
    const run = Number(/^publish:[^:]+:(\d+)/.exec(job.workflowId)?.[1] ?? "1") + 1;
    const now = new Date();
    const [updated] = await tx
      .update(publishJobs)
      .set({ status: "scheduled", runAt: now, workflowId: `publish:${job.id}:${run}`, lastError: null })
      .where(and(eq(publishJobs.workspaceId, ctx.workspace.id), eq(publishJobs.id, job.id)))
      .returning();
    await enqueuePublish(client, updated!, channelKind, now.getTime());
    await syncItemStatus(tx, ctx.workspace.id, job.contentItemId);
    await writeAudit(tx, ctx.actor, audit(ctx, "publish.retried", job, { channel: channelName, lastError: job.lastError?.message ?? null }));
    return updated!;
  });
}
