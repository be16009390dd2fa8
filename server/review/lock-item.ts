import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { contentItems } from "@/server/db/schema";
import { AppError, notFound } from "@/server/errors/app-error";

export type ContentItemRow = typeof contentItems.$inferSelect;

/** The item, locked for the rest of the transaction (decisions on one item are serialised). */
export async function lockItem(tx: Db, workspaceId: string, contentItemId: string): Promise<ContentItemRow> {
  const [item] = await tx
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, workspaceId), eq(contentItems.id, contentItemId)))
    .for("update");
  if (!item) throw notFound("Content");
  return item;
}

/** Decisions name the version the reviewer saw; a newer version makes the decision stale. */
export function assertCurrentVersion(item: ContentItemRow, versionNumber: number): void {
  if (item.currentVersion !== versionNumber) {
    throw new AppError(
      "CONFLICT",
      `You reviewed version ${versionNumber}, but the current version is ${item.currentVersion}. Review the current version and decide again.`,
      { field: "versionNumber" },
    );
  }
}

export const reviewPath = (workspaceSlug: string, contentItemId: string) => `/${workspaceSlug}/review/${contentItemId}`;
