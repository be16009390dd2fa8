import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { channels } from "@/server/db/schema/publish";

/** The blog channel carries the workspace's name: kept in step when the workspace is renamed. */
export async function renameBlogChannel(tx: Db, workspaceId: string, name: string): Promise<void> {
  await tx.update(channels).set({ name }).where(and(eq(channels.workspaceId, workspaceId), eq(channels.kind, "blog")));
}
