import "server-only";

/** Every version of one content item, newest first: each stage's output and every human edit. */
import { and, desc, eq } from "drizzle-orm";
import { contentVersions } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadContentItem } from "./load-content";
import type { ContentItemInput } from "./schemas";

export async function listVersions(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">, input: ContentItemInput) {
  const item = await loadContentItem(ctx.db, ctx.workspace.id, input.contentItemId);
  const rows = await ctx.db
    .select()
    .from(contentVersions)
    .where(and(eq(contentVersions.workspaceId, ctx.workspace.id), eq(contentVersions.contentItemId, item.id)))
    .orderBy(desc(contentVersions.number));
  return rows.map(({ workspaceId: _ws, ...version }) => ({ ...version, current: version.number === item.currentVersion }));
}
