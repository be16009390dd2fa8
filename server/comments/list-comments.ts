import "server-only";
import { and, asc, eq } from "drizzle-orm";
import { loadContentItem } from "@/server/content/load-content";
import { contentComments, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { CommentListInput } from "./schemas";

/** The item's comments, oldest first (replies carry `parentId`; one level of threading), with authors. */
export async function listComments(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">, input: CommentListInput) {
  const item = await loadContentItem(ctx.db, ctx.workspace.id, input.contentItemId);
  const rows = await ctx.db
    .select({ comment: contentComments, authorName: users.name, authorEmail: users.email })
    .from(contentComments)
    .leftJoin(users, eq(users.id, contentComments.authorId))
    .where(and(eq(contentComments.workspaceId, ctx.workspace.id), eq(contentComments.contentItemId, item.id)))
    .orderBy(asc(contentComments.createdAt), asc(contentComments.id));
  return rows.map(({ comment: { workspaceId: _ws, ...c }, authorName, authorEmail }) => ({
    ...c,
    author: c.authorId ? { id: c.authorId, name: authorName, email: authorEmail ?? "" } : null,
  }));
}
