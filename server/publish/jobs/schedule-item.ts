import "server-only";

/**
 * Publishing outside the approval dialog: where an approved item can go (targets), the next free
 * queue slot per channel, and "Publish" for an approved (or partly failed) item.
 */
import { slotWhy } from "@/server/learn/slot-why";
import { and, eq, gt, inArray } from "drizzle-orm";
import { channels, contentItems, publishJobs } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError, notFound } from "@/server/errors/app-error";
import { parseSchedule } from "@/server/review/schedule";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { createPublishJobs, type When } from "./create-jobs";
import { nextFreeSlot } from "./queue-slots";
import { listTargets, loadVersion } from "./resolve-targets";
import type { ScheduleInput } from "./schemas";

export async function publishTargets(ctx: WorkspaceServiceContext, input: { contentItemId: string }) {
  const [item] = await ctx.db
    .select({ id: contentItems.id, kind: contentItems.kind, currentVersion: contentItems.currentVersion })
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, ctx.workspace.id), eq(contentItems.id, input.contentItemId)));
  if (!item) throw notFound("Content");
  if (item.currentVersion === 0) return [];
  const version = await loadVersion(ctx.db, ctx.workspace.id, item.id, item.currentVersion);
  const targets = await listTargets(ctx.db, ctx.workspace.id, item, version);
  return targets.map((t) => ({ channel: { id: t.channel.id, kind: t.channel.kind, name: t.channel.name, status: t.channel.status }, suggested: t.suggested, problems: t.problems }));
}

export async function nextSlots(ctx: WorkspaceServiceContext, input: { channelIds: string[] }, now = new Date()) {
  const rows = await ctx.db.select().from(channels).where(and(eq(channels.workspaceId, ctx.workspace.id), inArray(channels.id, input.channelIds)));
  if (rows.length !== new Set(input.channelIds).size) throw notFound("Channel");
  const taken = await ctx.db
    .select({ channelId: publishJobs.channelId, runAt: publishJobs.runAt })
    .from(publishJobs)
    .where(and(eq(publishJobs.workspaceId, ctx.workspace.id), inArray(publishJobs.channelId, input.channelIds), gt(publishJobs.runAt, now), inArray(publishJobs.status, ["scheduled", "retrying"])));
  return Promise.all(
    rows.map(async (channel) => {
      const at = nextFreeSlot(channel.queueSchedule, taken.filter((t) => t.channelId === channel.id).map((t) => t.runAt), now);
      // Learn (issue #7): why this slot, from the channel's own results (null while data is thin).
      return { channelId: channel.id, at, timezone: channel.queueSchedule?.timezone ?? null, why: await slotWhy(ctx.db, ctx.workspace, channel, at) };
    }),
  );
}

const publishable = ["approved", "scheduled", "failed", "partially_published", "published"];

export async function scheduleItem(ctx: WorkspaceServiceContext, input: ScheduleInput) {
  const when: When =
    input.when.mode === "at" ? (({ at, timezone }) => ({ mode: "at" as const, at, timezone }))(parseSchedule(input.when.scheduledFor, input.when.timezone)) : input.when;
  return transaction(async (scope) => {
    const [item] = await scope.tx
      .select({ status: contentItems.status })
      .from(contentItems)
      .where(and(eq(contentItems.workspaceId, ctx.workspace.id), eq(contentItems.id, input.contentItemId)));
    if (!item) throw notFound("Content");
    if (!publishable.includes(item.status)) throw new AppError("CONFLICT", "Only approved content can be published; this item still needs its approval.");
    return createPublishJobs(scope, ctx.workspace, ctx.actor, { contentItemId: input.contentItemId, versionNumber: input.versionNumber, channelIds: input.channelIds, when });
  });
}
