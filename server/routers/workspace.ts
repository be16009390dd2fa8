import "server-only";
import { z } from "zod";
import { router } from "@/server/trpc/init";
import { authedProcedure, workspaceProcedure } from "@/server/trpc/procedures";
import { completeOnboarding } from "@/server/workspaces/complete-onboarding";
import { createWorkspace } from "@/server/workspaces/create-workspace";
import { getWorkspace } from "@/server/workspaces/get-workspace";
import { listWorkspaces } from "@/server/workspaces/list-workspaces";
import { completeOnboardingInput, createWorkspaceInput, updateWorkspaceInput } from "@/server/workspaces/schemas";
import { userServiceContext, workspaceServiceContext } from "@/server/workspaces/service-context";
import { updateWorkspace } from "@/server/workspaces/update-workspace";

export const workspaceRouter = router({
  list: authedProcedure.input(z.void()).query(({ ctx }) => listWorkspaces(ctx)),
  get: workspaceProcedure("workspace.view").query(({ ctx }) => getWorkspace(ctx)),
  completeOnboarding: workspaceProcedure("workspace.manage")
    .input(completeOnboardingInput)
    .mutation(({ ctx, input }) => completeOnboarding(workspaceServiceContext(ctx), input)),
  update: workspaceProcedure("workspace.manage")
    .input(updateWorkspaceInput)
    .mutation(({ ctx, input }) => updateWorkspace(workspaceServiceContext(ctx), input)),
  create: authedProcedure
    .input(createWorkspaceInput)
    .mutation(({ ctx, input }) => createWorkspace(userServiceContext(ctx), input)),
});
