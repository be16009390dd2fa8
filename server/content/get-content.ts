import "server-only";

/** One content item with its current version and every generation run (steps, tokens, cost). */
import { and, eq } from "drizzle-orm";
import { contentVersions } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadContentItem } from "./load-content";
import { runsOfItem } from "./run-view";
import type { ContentItemInput } from "./schemas";

type VersionRow = typeof contentVersions.$inferSelect;
const versionView = ({ workspaceId: _ws, ...version }: VersionRow) => version;

export async function getContent(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">, input: ContentItemInput) {
  const { workspaceId: _ws, ...item } = await loadContentItem(ctx.db, ctx.workspace.id, input.contentItemId);
  const [row] = item.currentVersion
    ? await ctx.db
        .select()
        .from(contentVersions)
        .where(and(eq(contentVersions.workspaceId, ctx.workspace.id), eq(contentVersions.contentItemId, item.id), eq(contentVersions.number, item.currentVersion)))
    : [];
  const runs = await runsOfItem(ctx.db, ctx.workspace.id, item.id);
  return { item, currentVersion: row ? versionView(row) : null, runs };
}
