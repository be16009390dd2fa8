import "server-only";
import { asc, eq, sql } from "drizzle-orm";
import { channels } from "@/server/db/schema/publish";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { toChannelView, type ChannelView } from "./channel-view";
import { ensureBlogChannel } from "./ensure-blog-channel";

/** The workspace's channels, the blog first (created here if a workspace somehow lacks it). */
export async function listChannels(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">): Promise<ChannelView[]> {
  const load = () =>
    ctx.db
      .select()
      .from(channels)
      .where(eq(channels.workspaceId, ctx.workspace.id))
      .orderBy(sql`(${channels.kind} = 'blog') desc`, asc(channels.createdAt), asc(channels.id));
  let rows = await load();
  if (!rows.some((r) => r.kind === "blog")) {
    await transaction(({ tx }) => ensureBlogChannel(tx, ctx.workspace.id, ctx.workspace.name));
    rows = await load();
  }
  return rows.map((row) => toChannelView(row, ctx.workspace.name));
}
