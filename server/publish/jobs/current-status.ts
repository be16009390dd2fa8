import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { contentItems } from "@/server/db/schema";

export async function currentStatus(tx: Db, workspaceId: string, contentItemId: string) {
  const [row] = await tx.select({ status: contentItems.status }).from(contentItems).where(and(eq(contentItems.workspaceId, workspaceId), eq(contentItems.id, contentItemId)));
  return row!.status;
}
