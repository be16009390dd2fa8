import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { loadContentItem } from "@/server/content/load-content";
import { contentComments } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { reviewPath } from "@/server/review/lock-item";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { mailMentioned, notifyMentioned, resolveMentions } from "./mentions";
import type { CommentCreateInput } from "./schemas";

/** A comment (or a reply) on an item's version; mentioned members are notified in-app and by mail. */
export async function createComment(ctx: WorkspaceServiceContext, input: CommentCreateInput) {
  const ws = ctx.workspace.id;
  const author = ctx.user.name || ctx.user.email;
  const { comment, targets, note } = await transaction(async ({ tx }) => {
    const item = await loadContentItem(tx, ws, input.contentItemId);
    if (input.versionNumber !== undefined && (input.versionNumber > item.currentVersion || input.versionNumber < 1)) {
      throw new AppError("VALIDATION", `Version ${input.versionNumber} does not exist.`, { field: "versionNumber" });
    }
    if (input.parentId) {
      const [parent] = await tx
        .select({ id: contentComments.id, parentId: contentComments.parentId })
        .from(contentComments)
        .where(and(eq(contentComments.workspaceId, ws), eq(contentComments.contentItemId, item.id), eq(contentComments.id, input.parentId)));
      if (!parent) throw new AppError("NOT_FOUND", "The comment you reply to was not found.", { field: "parentId" });
      if (parent.parentId) input = { ...input, parentId: parent.parentId };
    }
    const mentioned = await resolveMentions(tx, ws, input.mentions);
    const [comment] = await tx
      .insert(contentComments)
      .values({
        workspaceId: ws,
        contentItemId: item.id,
        versionNumber: input.versionNumber ?? (item.currentVersion || null),
        parentId: input.parentId ?? null,
        authorId: ctx.user.id,
        body: input.body,
        mentions: mentioned.map((m) => m.id),
      })
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ws,
      action: "comment.created",
      targetType: "content_item",
      targetId: item.id,
      changes: { commentId: comment!.id, parentId: comment!.parentId, mentions: comment!.mentions },
    });
    const note = { workspaceId: ws, workspaceName: ctx.workspace.name, author, itemTitle: item.title, body: input.body, link: `${reviewPath(ctx.workspace.slug, item.id)}#comment-${comment!.id}` };
    const targets = await notifyMentioned(tx, ctx.user.id, mentioned, note);
    return { comment: comment!, targets, note };
  });
  await mailMentioned(targets, note);
  const { workspaceId: _ws, ...view } = comment;
  return view;
}
