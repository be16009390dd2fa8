import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { channels, type QueueSchedule } from "@/server/db/schema/publish";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { channelAuditTarget, toChannelView, type ChannelView } from "./channel-view";
import { findChannel } from "./find-channel";
import type { SetQueueScheduleInput } from "./schemas";

/** A channel's weekly queue slots ("add to queue" takes the next free one), in its time zone. */
export async function setQueueSchedule(ctx: WorkspaceServiceContext, input: SetQueueScheduleInput): Promise<ChannelView> {
  const slots = [...input.slots].sort((a, b) => a.day - b.day || a.time.localeCompare(b.time));
  const schedule: QueueSchedule = { timezone: input.timezone, slots };
  return transaction(async ({ tx }) => {
    const channel = await findChannel(tx, ctx.workspace.id, input.channelId, { lock: true });
    const [row] = await tx
      .update(channels)
      .set({ queueSchedule: schedule })
      .where(and(eq(channels.workspaceId, ctx.workspace.id), eq(channels.id, channel.id)))
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "channel.queue_schedule_set",
      targetType: channelAuditTarget,
      targetId: channel.id,
      changes: { before: channel.queueSchedule ?? null, after: schedule },
    });
    return toChannelView(row!, ctx.workspace.name);
  });
}
