import "server-only";

/**
 * Why a suggested queue slot is a good time (for "add to queue"): the channel's own best slots
 * when it has enough measured posts, else null (general defaults are not claimed as a reason).
 */
import type { Db } from "@/server/db/client";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";
import { bestTimesFrom } from "./best-times";
import { channelPostScores } from "./channel-post-scores";
import { platformLabel } from "./labels";
import { safeTimeZone } from "@/lib/time-zone";
import { slotLabel, slotOf } from "./slot";

export async function slotWhy(db: Db, workspace: WorkspaceRef, channel: { id: string; kind: string; queueSchedule: { timezone: string } | null }, at: Date | null): Promise<string | null> {
  if (!at) return null;
  const best = bestTimesFrom(channel.kind, await channelPostScores(db, workspace.id, channel.id));
  if (best.source !== "workspace") return null;
  const slot = slotOf(at, safeTimeZone(channel.queueSchedule?.timezone));
  const match = best.slots.find((s) => s.weekday === slot.weekday && s.hour === slot.hour);
  if (match) return match.why;
  const top = best.slots[0]!;
  return `Your best time on ${platformLabel(channel.kind)} is ${slotLabel(top)} (${top.score.toFixed(1)}× your median engagement); pick it with "Publish at".`;
}
