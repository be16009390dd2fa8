import "server-only";
import { acceptInvitation } from "@/server/invitations/accept-invitation";
import { createInvitation } from "@/server/invitations/create-invitation";
import { listInvitations } from "@/server/invitations/list-invitations";
import { previewInvitation } from "@/server/invitations/preview-invitation";
import { revokeInvitation } from "@/server/invitations/revoke-invitation";
import { createInvitationInput, invitationTokenInput, revokeInvitationInput } from "@/server/invitations/schemas";
import { router } from "@/server/trpc/init";
import { authedProcedure, publicProcedure, workspaceProcedure } from "@/server/trpc/procedures";
import { userServiceContext, workspaceServiceContext } from "@/server/workspaces/service-context";

export const invitationRouter = router({
  list: workspaceProcedure("members.manage").query(({ ctx }) => listInvitations(ctx)),
  create: workspaceProcedure("members.manage")
    .input(createInvitationInput)
    .mutation(({ ctx, input }) => createInvitation(workspaceServiceContext(ctx), input)),
  revoke: workspaceProcedure("members.manage")
    .input(revokeInvitationInput)
    .mutation(({ ctx, input }) => revokeInvitation(workspaceServiceContext(ctx), input)),
  preview: publicProcedure.input(invitationTokenInput).query(({ ctx, input }) => previewInvitation(ctx, input)),
  accept: authedProcedure
    .input(invitationTokenInput)
    .mutation(({ ctx, input }) => acceptInvitation(userServiceContext(ctx), input)),
});
