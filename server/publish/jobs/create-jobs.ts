import "server-only";

/**
 * Creates one publish job per target channel for the current, fully approved version of an item,
 * inside the caller's transaction, and enqueues each job's workflow in that same transaction
 * (delayed until its run time). Used by the final approval and by "Publish" on an approved item.
 */
import { and, eq, gt, inArray } from "drizzle-orm";
import type { AuditActor } from "@/server/audit/write-audit";
import { writeAudit } from "@/server/audit/write-audit";
import { publishJobs } from "@/server/db/schema";
import type { TxScope } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { assertPublishable } from "@/server/review/publish-gate";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";
import { chargePosts } from "./charge-posts";
import { enqueuePublish } from "./enqueue-publish";
import { nextFreeSlot } from "./queue-slots";
import { loadVersion, resolveTargets, type ChannelRow } from "./resolve-targets";
import { syncItemStatus } from "../run/sync-item-status";

export type When = { mode: "now" } | { mode: "at"; at: Date; timezone: string } | { mode: "queue" };
export type JobRow = typeof publishJobs.$inferSelect;

const liveStatuses = ["scheduled", "publishing", "retrying", "published"] as const;

async function runTimes(scope: TxScope, targets: ChannelRow[], when: When, now: Date): Promise<Map<string, { at: Date; timezone: string }>> {
  const times = new Map<string, { at: Date; timezone: string }>();
  for (const channel of targets) {
    if (when.mode === "now") times.set(channel.id, { at: now, timezone: "UTC" });
    else if (when.mode === "at") times.set(channel.id, { at: when.at, timezone: when.timezone });
    else {
      const taken = await scope.tx
        .select({ runAt: publishJobs.runAt })
        .from(publishJobs)
        .where(and(eq(publishJobs.workspaceId, channel.workspaceId), eq(publishJobs.channelId, channel.id), gt(publishJobs.runAt, now), inArray(publishJobs.status, ["scheduled", "retrying"])));
      const slot = nextFreeSlot(channel.queueSchedule, taken.map((t) => t.runAt), now);
      if (!slot) throw new AppError("VALIDATION", `${channel.name} has no free queue slot: set its queue times in Channels, or pick a time.`, { field: "when" });
      times.set(channel.id, { at: slot, timezone: channel.queueSchedule!.timezone });
    }
  }
  return times;
}

export async function createPublishJobs(
  scope: TxScope,
  workspace: WorkspaceRef,
  actor: AuditActor,
  input: { contentItemId: string; versionNumber: number; channelIds?: string[]; when: When },
  now = new Date(),
): Promise<JobRow[]> {
  const { tx, client } = scope;
  const gate = await assertPublishable(tx, workspace.id, input.contentItemId, input.versionNumber);
  const version = await loadVersion(tx, workspace.id, input.contentItemId, input.versionNumber);
  const item = { id: input.contentItemId, kind: gate.kind };
  const targets = await resolveTargets(tx, workspace.id, item, version, input.channelIds);
  if (targets.length === 0) return [];

  const existing = await tx
    .select({ channelId: publishJobs.channelId, status: publishJobs.status })
    .from(publishJobs)
    .where(and(eq(publishJobs.workspaceId, workspace.id), eq(publishJobs.contentItemId, item.id), inArray(publishJobs.status, [...liveStatuses])));
  for (const channel of targets) {
    const clash = existing.find((e) => e.channelId === channel.id);
    if (clash) throw new AppError("CONFLICT", `This content is already ${clash.status === "published" ? "published" : "scheduled"} on ${channel.name}.`, { field: "channelIds" });
  }

  const times = await runTimes(scope, targets, input.when, now);
  await chargePosts(tx, workspace.organizationId, targets.length);
  const rows = targets.map((channel) => {
    const id = crypto.randomUUID();
    const time = times.get(channel.id)!;
    return {
      id,
      workspaceId: workspace.id,
      contentItemId: item.id,
      channelId: channel.id,
      versionNumber: input.versionNumber,
      runAt: time.at,
      timezone: time.timezone,
      workflowId: `publish:${id}:1`,
      idempotencyKey: `lc_${id.replaceAll("-", "")}`,
      createdById: actor.userId,
    };
  });
  const jobs = await tx.insert(publishJobs).values(rows).returning();
  for (const job of jobs) await enqueuePublish(client, job, targets.find((t) => t.id === job.channelId)!.kind, now.getTime());
  await syncItemStatus(tx, workspace.id, item.id);
  await writeAudit(tx, actor, {
    organizationId: workspace.organizationId,
    workspaceId: workspace.id,
    action: "publish.scheduled",
    targetType: "content_item",
    targetId: item.id,
    changes: { version: input.versionNumber, jobs: jobs.map((j) => ({ jobId: j.id, channel: targets.find((t) => t.id === j.channelId)!.name, runAt: j.runAt.toISOString() })) },
  });
  return jobs;
}
