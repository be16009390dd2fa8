import "server-only";

/**
 * Writes a pre-flight result on the job (risk or none, and the window's mark) if the job is still
 * scheduled for the time that was checked. A new finding — or a different one — tells the people
 * behind the post (its author, who scheduled it, its approver; else the workspace's owners) what
 * is wrong and how to fix it, while there is time. A refused token also marks the channel for
 * reconnecting, as a failed delivery would.
 */
import { and, desc, eq, inArray, isNotNull } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { approvals, channels, memberships, publishJobs, type PublishRisk } from "@/server/db/schema";
import { notify } from "@/server/notifications/notify";
import type { LoadedRun } from "../run/load-run";
import type { Finding } from "./find-risk";
import { markFor, type PreflightWindow } from "./windows";

const fixWords: Record<PublishRisk["fix"], string> = {
  reconnect: "Reconnect the channel in Channels.",
  edit: "Edit the content so the platform accepts it, then approve it again.",
  approve: "Approve the current version (or publish it again) before the slot.",
  upgrade: "Choose or upgrade the plan in Settings → Billing.",
};

function fixLink(run: LoadedRun, fix: PublishRisk["fix"]): string {
  const base = `/${run.workspaceSlug}`;
  if (fix === "reconnect") return `${base}/channels`;
  if (fix === "upgrade") return `${base}/settings/billing`;
  if (fix === "approve") return `${base}/review/${run.job.contentItemId}`;
  return `${base}/content/${run.job.contentItemId}`;
}

async function recipients(tx: Db, run: LoadedRun): Promise<string[]> {
  const [approver] = await tx
    .select({ actorId: approvals.actorId })
    .from(approvals)
    .where(and(eq(approvals.workspaceId, run.job.workspaceId), eq(approvals.contentItemId, run.job.contentItemId), isNotNull(approvals.actorId)))
    .orderBy(desc(approvals.createdAt))
    .limit(1);
  const people = [run.item.createdById, run.job.createdById, approver?.actorId].filter((u): u is string => Boolean(u));
  if (people.length > 0) return people;
  const owners = await tx
    .select({ userId: memberships.userId })
    .from(memberships)
    .where(and(eq(memberships.workspaceId, run.job.workspaceId), inArray(memberships.role, ["owner", "admin"])));
  return owners.map((o) => o.userId);
}

export async function recordRisk(tx: Db, run: LoadedRun, window: PreflightWindow, finding: Finding | null, now: Date): Promise<"stale" | "ok" | "at_risk"> {
  const [job] = await tx
    .select({ status: publishJobs.status, runAt: publishJobs.runAt, risk: publishJobs.risk })
    .from(publishJobs)
    .where(and(eq(publishJobs.workspaceId, run.job.workspaceId), eq(publishJobs.id, run.job.id)))
    .for("update");
  if (!job || job.status !== "scheduled" || job.runAt.getTime() !== run.job.runAt.getTime()) return "stale";
  const risk: PublishRisk | null = finding ? { ...finding, window, checkedAt: now.toISOString() } : null;
  await tx
    .update(publishJobs)
    .set({ risk, preflightMark: markFor(window, job.runAt) })
    .where(and(eq(publishJobs.workspaceId, run.job.workspaceId), eq(publishJobs.id, run.job.id)));
  if (!finding) return "ok";
  if (finding.reason === "token_refused") {
    await tx
      .update(channels)
      .set({ status: "needs_reconnect", statusReason: finding.message })
      .where(and(eq(channels.workspaceId, run.job.workspaceId), eq(channels.id, run.channel.id), eq(channels.status, "active")));
  }
  // Told once per kind of fix (a refused token becomes "needs reconnecting" on the next check: same fix, no second notice).
  if (job.risk?.fix !== finding.fix) {
    await notify(tx, {
      workspaceId: run.job.workspaceId,
      userIds: await recipients(tx, run),
      kind: "publish.at_risk",
      title: `At risk on ${run.channel.name}: “${run.item.title}”`,
      body: `${finding.message} ${fixWords[finding.fix]}`,
      link: fixLink(run, finding.fix),
    });
  }
  return "at_risk";
}
