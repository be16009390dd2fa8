import "server-only";

/**
 * An item's status follows its publish jobs (cancelled ones aside):
 * none → approved; all waiting → scheduled; any running, or some done and some still waiting →
 * publishing; all done → published, failed, or partially published when some of each.
 * The publish gate trigger still checks the approval of the current version on every write.
 */
import { and, eq, ne } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { contentItems, publishJobs } from "@/server/db/schema";
import { withPublishGate } from "@/server/review/gate-error";
import type { ContentStatus } from "@/server/review/transitions";

type JobStatus = (typeof publishJobs.$inferSelect)["status"];

/** Statuses this function may move an item between (it leaves review statuses alone). */
const publishStatuses: ContentStatus[] = ["approved", "scheduled", "publishing", "published", "partially_published", "failed"];

export function statusFromJobs(statuses: JobStatus[]): ContentStatus {
  const live = statuses.filter((s) => s !== "cancelled");
  if (live.length === 0) return "approved";
  const count = (s: JobStatus) => live.filter((x) => x === s).length;
  const done = count("published") + count("failed");
  if (count("publishing") + count("retrying") > 0) return "publishing";
  if (count("scheduled") > 0) return done > 0 ? "publishing" : "scheduled";
  if (count("published") === live.length) return "published";
  if (count("failed") === live.length) return "failed";
  return "partially_published";
}

export async function syncItemStatus(tx: Db, workspaceId: string, contentItemId: string): Promise<ContentStatus | null> {
  const [item] = await tx
    .select({ status: contentItems.status })
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, workspaceId), eq(contentItems.id, contentItemId)))
    .for("update");
  if (!item || !publishStatuses.includes(item.status)) return item?.status ?? null;
  const jobs = await tx
    .select({ status: publishJobs.status })
    .from(publishJobs)
    .where(and(eq(publishJobs.workspaceId, workspaceId), eq(publishJobs.contentItemId, contentItemId), ne(publishJobs.status, "cancelled")));
  const next = statusFromJobs(jobs.map((j) => j.status));
  if (next !== item.status) {
    await withPublishGate(() => tx.update(contentItems).set({ status: next }).where(and(eq(contentItems.workspaceId, workspaceId), eq(contentItems.id, contentItemId))));
  }
  return next;
}
