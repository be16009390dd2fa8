import "server-only";

/**
 * Writes what a delivery attempt ended with — the job, its attempt row, the item's status, the
 * channel, an audit record and (for dead letters) notifications — in one transaction.
 */
import { and, desc, eq, isNotNull, isNull, lt, or } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import type { Db } from "@/server/db/client";
import { approvals, channels, publishAttempts, publishJobs, type PublishError } from "@/server/db/schema";
import { notify } from "@/server/notifications/notify";
import type { Delivery } from "@/server/publish/connectors/types";
import { syncItemStatus } from "./sync-item-status";
import type { LoadedRun } from "./load-run";

const system = { userId: null, label: "Loomcast publisher" };

async function finishAttempt(tx: Db, run: LoadedRun, number: number, outcome: string, error?: PublishError) {
  await tx
    .update(publishAttempts)
    .set({ outcome, errorCode: error?.code ?? null, errorMessage: error?.message ?? null, httpStatus: error?.httpStatus ?? null, finishedAt: new Date() })
    .where(and(eq(publishAttempts.workspaceId, run.job.workspaceId), eq(publishAttempts.jobId, run.job.id), eq(publishAttempts.number, number)));
}

export async function recordDelivered(tx: Db, run: LoadedRun, number: number, delivery: Delivery, found: boolean) {
  await finishAttempt(tx, run, number, found ? "found" : "succeeded");
  const now = new Date();
  await tx
    .update(publishJobs)
    .set({ status: "published", externalId: delivery.externalId, permalink: delivery.permalink, publishedAt: now, lastError: null, attempts: number })
    .where(and(eq(publishJobs.workspaceId, run.job.workspaceId), eq(publishJobs.id, run.job.id)));
  // At most once a minute per channel, so parallel deliveries on one channel do not queue on its row lock.
  await tx
    .update(channels)
    .set({ lastPublishedAt: now })
    .where(and(eq(channels.workspaceId, run.job.workspaceId), eq(channels.id, run.channel.id), or(isNull(channels.lastPublishedAt), lt(channels.lastPublishedAt, new Date(now.getTime() - 60_000)))));
  await syncItemStatus(tx, run.job.workspaceId, run.job.contentItemId);
  await writeAudit(tx, system, {
    organizationId: run.organizationId,
    workspaceId: run.job.workspaceId,
    action: "publish.delivered",
    targetType: "content_item",
    targetId: run.job.contentItemId,
    changes: { jobId: run.job.id, channel: run.channel.name, externalId: delivery.externalId, permalink: delivery.permalink, attempt: number, foundAfterUnknownOutcome: found },
  });
}

/** A failed attempt that will be tried again: the job shows "retrying" with the reason. */
export async function recordRetry(tx: Db, run: LoadedRun, number: number, outcome: string, error: PublishError) {
  await finishAttempt(tx, run, number, outcome, error);
  await tx
    .update(publishJobs)
    .set({ status: "retrying", lastError: error, attempts: number })
    .where(and(eq(publishJobs.workspaceId, run.job.workspaceId), eq(publishJobs.id, run.job.id)));
  await syncItemStatus(tx, run.job.workspaceId, run.job.contentItemId);
}

/** The dead letter: the job stops with its reason; a revoked token marks the channel for reconnecting; people are told. */
export async function recordFailed(tx: Db, run: LoadedRun, number: number | null, outcome: string, error: PublishError) {
  if (number !== null) await finishAttempt(tx, run, number, outcome, error);
  await tx
    .update(publishJobs)
    .set({ status: "failed", lastError: error, ...(number !== null ? { attempts: number } : {}) })
    .where(and(eq(publishJobs.workspaceId, run.job.workspaceId), eq(publishJobs.id, run.job.id)));
  if (outcome === "auth") {
    await tx
      .update(channels)
      .set({ status: "needs_reconnect", statusReason: error.message })
      .where(and(eq(channels.workspaceId, run.job.workspaceId), eq(channels.id, run.channel.id)));
  }
  await syncItemStatus(tx, run.job.workspaceId, run.job.contentItemId);
  const [approver] = await tx
    .select({ actorId: approvals.actorId })
    .from(approvals)
    .where(and(eq(approvals.workspaceId, run.job.workspaceId), eq(approvals.contentItemId, run.job.contentItemId), isNotNull(approvals.actorId)))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  await notify(tx, {
    workspaceId: run.job.workspaceId,
    userIds: [run.item.createdById, run.job.createdById, approver?.actorId].filter((u): u is string => Boolean(u)),
    kind: "publish.failed",
    title: `Not published on ${run.channel.name}: “${run.item.title}”`,
    body: error.message,
    link: `/${run.workspaceSlug}/publishing?status=failed`,
  });
  await writeAudit(tx, system, {
    organizationId: run.organizationId,
    workspaceId: run.job.workspaceId,
    action: "publish.failed",
    targetType: "content_item",
    targetId: run.job.contentItemId,
    changes: { jobId: run.job.id, channel: run.channel.name, code: error.code, reason: error.message },
  });
}
