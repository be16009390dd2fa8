import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/server/db/transaction";
import { channels } from "@/server/db/schema/publish";
import type { ChannelRow } from "./channel-view";

/**
 * The workspace's built-in blog channel, created if missing (one per workspace: a partial unique
 * index). Called where workspaces are created; migration 0006 backfilled older workspaces.
 */
export async function ensureBlogChannel(tx: Tx, workspaceId: string, workspaceName: string): Promise<ChannelRow> {
  await tx
    .insert(channels)
    .values({ workspaceId, kind: "blog", name: workspaceName, externalAccountId: workspaceId })
    .onConflictDoNothing();
  const [row] = await tx
    .select()
    .from(channels)
    .where(and(eq(channels.workspaceId, workspaceId), eq(channels.kind, "blog")));
  if (!row) throw new Error("blog channel missing after insert");
  return row;
}
