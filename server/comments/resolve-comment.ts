import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { contentComments } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { forbidden, notFound } from "@/server/errors/app-error";
import { can } from "@/lib/workspaces/permissions";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { CommentResolveInput } from "./schemas";

/** Resolves (or reopens) a thread: its author, or anyone who may approve or create content. */
export async function resolveComment(ctx: WorkspaceServiceContext, input: CommentResolveInput) {
  return transaction(async ({ tx }) => {
    const where = and(eq(contentComments.workspaceId, ctx.workspace.id), eq(contentComments.id, input.commentId));
    const [row] = await tx.select().from(contentComments).where(where).for("update");
    if (!row) throw notFound("Comment");
    if (row.authorId !== ctx.user.id && !can(ctx.role, "content.approve") && !can(ctx.role, "content.create")) {
      throw forbidden("Only the author or someone who reviews content can resolve a comment.");
    }
    const resolvedAt = input.resolved ? (row.resolvedAt ?? new Date()) : null;
    await tx.update(contentComments).set({ resolvedAt }).where(where);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: input.resolved ? "comment.resolved" : "comment.reopened",
      targetType: "content_item",
      targetId: row.contentItemId,
      changes: { commentId: row.id },
    });
    return { id: row.id, resolvedAt };
  });
}
