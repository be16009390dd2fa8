import "server-only";

/**
 * For the publish jobs (issue #5): asserts, inside their transaction, that `versionNumber` is the
 * item's current version and carries a complete approval (the same rule as the database trigger),
 * and returns the final approval (its schedule). Locks the item row until the transaction ends.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { contentItems } from "@/server/db/schema";
import { AppError, notFound } from "@/server/errors/app-error";
import { publishGateConflict } from "./gate-error";
import { liveApprovals } from "./policy";

export async function assertPublishable(tx: Db, workspaceId: string, contentItemId: string, versionNumber: number) {
  const [item] = await tx
    .select({ currentVersion: contentItems.currentVersion, status: contentItems.status, kind: contentItems.kind })
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, workspaceId), eq(contentItems.id, contentItemId)))
    .for("update");
  if (!item) throw notFound("Content");
  if (item.currentVersion !== versionNumber) {
    throw new AppError("CONFLICT", `Version ${versionNumber} is no longer the current version (${item.currentVersion}); it cannot be published.`);
  }
  const { rows } = await tx.execute<{ ok: boolean }>(sql`select loomcast_version_fully_approved(${workspaceId}, ${contentItemId}, ${versionNumber}) as ok`);
  if (!rows[0]?.ok) throw publishGateConflict();
  const live = await liveApprovals(tx, workspaceId, contentItemId, versionNumber);
  const final = live.at(-1)!;
  const scheduled = live.filter((a) => a.scheduledFor).at(-1);
  return { status: item.status, kind: item.kind, finalApproval: final, scheduledFor: scheduled?.scheduledFor ?? null, timezone: scheduled?.timezone ?? null };
}
