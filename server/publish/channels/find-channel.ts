import "server-only";
import { and, eq } from "drizzle-orm";
import type { Tx } from "@/server/db/transaction";
import { channels } from "@/server/db/schema/publish";
import { notFound } from "@/server/errors/app-error";
import type { ChannelRow } from "./channel-view";

/** One of the workspace's channels (another workspace's id is NOT_FOUND), optionally locked for update. */
export async function findChannel(tx: Tx, workspaceId: string, channelId: string, options: { lock?: boolean } = {}): Promise<ChannelRow> {
  const query = tx
    .select()
    .from(channels)
    .where(and(eq(channels.workspaceId, workspaceId), eq(channels.id, channelId)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("Channel");
  return row;
}
