import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { contentComments, contentItems } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { forbidden, notFound } from "@/server/errors/app-error";
import { reviewPath } from "@/server/review/lock-item";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { mailMentioned, notifyMentioned, resolveMentions } from "./mentions";
import type { CommentEditInput } from "./schemas";

/** Only the author edits a comment; members newly mentioned by the edit are notified. */
export async function editComment(ctx: WorkspaceServiceContext, input: CommentEditInput) {
  const ws = ctx.workspace.id;
  const { comment, targets, note } = await transaction(async ({ tx }) => {
    const where = and(eq(contentComments.workspaceId, ws), eq(contentComments.id, input.commentId));
    const [row] = await tx
      .select({ comment: contentComments, itemTitle: contentItems.title })
      .from(contentComments)
      .innerJoin(contentItems, eq(contentItems.id, contentComments.contentItemId))
      .where(where)
      .for("update", { of: contentComments });
    if (!row) throw notFound("Comment");
    if (row.comment.authorId !== ctx.user.id) throw forbidden("Only the author can edit a comment.");
    const mentioned = await resolveMentions(tx, ws, input.mentions);
    const [comment] = await tx
      .update(contentComments)
      .set({ body: input.body, mentions: mentioned.map((m) => m.id), editedAt: new Date() })
      .where(where)
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ws,
      action: "comment.edited",
      targetType: "content_item",
      targetId: row.comment.contentItemId,
      changes: { commentId: row.comment.id, mentions: comment!.mentions },
    });
    const fresh = mentioned.filter((m) => !row.comment.mentions.includes(m.id));
    const note = { workspaceId: ws, workspaceName: ctx.workspace.name, author: ctx.user.name || ctx.user.email, itemTitle: row.itemTitle, body: input.body, link: `${reviewPath(ctx.workspace.slug, row.comment.contentItemId)}#comment-${row.comment.id}` };
    const targets = await notifyMentioned(tx, ctx.user.id, fresh, note);
    return { comment: comment!, targets, note };
  });
  await mailMentioned(targets, note);
  const { workspaceId: _ws, ...view } = comment;
  return view;
}
