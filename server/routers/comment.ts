import "server-only";
import { createComment } from "@/server/comments/create-comment";
import { editComment } from "@/server/comments/edit-comment";
import { listComments } from "@/server/comments/list-comments";
import { listMentionable } from "@/server/comments/list-mentionable";
import { resolveComment } from "@/server/comments/resolve-comment";
import { commentCreateInput, commentEditInput, commentListInput, commentResolveInput } from "@/server/comments/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext as svc } from "@/server/workspaces/service-context";

/** Every member (workspace.view) may read and write comments; only the author edits; author or an approver resolves. */
export const commentRouter = router({
  list: workspaceProcedure("workspace.view")
    .input(commentListInput)
    .query(({ ctx, input }) => listComments(svc(ctx), input)),
  /** Members who can be @mentioned (id, name, email). */
  mentionable: workspaceProcedure("workspace.view").query(({ ctx }) => listMentionable(svc(ctx))),
  create: workspaceProcedure("workspace.view")
    .input(commentCreateInput)
    .mutation(({ ctx, input }) => createComment(svc(ctx), input)),
  edit: workspaceProcedure("workspace.view")
    .input(commentEditInput)
    .mutation(({ ctx, input }) => editComment(svc(ctx), input)),
  resolve: workspaceProcedure("workspace.view")
    .input(commentResolveInput)
    .mutation(({ ctx, input }) => resolveComment(svc(ctx), input)),
});
