import "server-only";
import { leaveWorkspace } from "@/server/members/leave-workspace";
import { listMembers } from "@/server/members/list-members";
import { removeMember } from "@/server/members/remove-member";
import { removeMemberInput, updateRoleInput } from "@/server/members/schemas";
import { updateMemberRole } from "@/server/members/update-member-role";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

export const memberRouter = router({
  list: workspaceProcedure("workspace.view").query(({ ctx }) => listMembers(ctx)),
  updateRole: workspaceProcedure("members.manage")
    .input(updateRoleInput)
    .mutation(({ ctx, input }) => updateMemberRole(workspaceServiceContext(ctx), input)),
  remove: workspaceProcedure("members.manage")
    .input(removeMemberInput)
    .mutation(({ ctx, input }) => removeMember(workspaceServiceContext(ctx), input)),
  leave: workspaceProcedure("workspace.view").mutation(({ ctx }) => leaveWorkspace(workspaceServiceContext(ctx))),
});
