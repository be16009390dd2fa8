import "server-only";
import { createAiProvider } from "@/server/ai-providers/create-ai-provider";
import { getAiStatus } from "@/server/ai-providers/get-ai-status";
import { listAiProviders } from "@/server/ai-providers/list-ai-providers";
import { removeAiProvider } from "@/server/ai-providers/remove-ai-provider";
import { reorderAiProviders } from "@/server/ai-providers/reorder-ai-providers";
import { createProviderInput, providerIdInput, reorderInput, setEnabledInput, updateProviderInput } from "@/server/ai-providers/schemas";
import { setAiProviderEnabled } from "@/server/ai-providers/set-ai-provider-enabled";
import { testAiProvider } from "@/server/ai-providers/test-ai-provider";
import { updateAiProvider } from "@/server/ai-providers/update-ai-provider";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

/** A workspace's own AI providers (its fallback chain): members see them, owners and admins manage them. */
export const aiProviderRouter = router({
  list: workspaceProcedure("workspace.view").query(({ ctx }) => listAiProviders(ctx)),
  status: workspaceProcedure("workspace.view").query(({ ctx }) => getAiStatus(ctx)),
  create: workspaceProcedure("workspace.manage")
    .input(createProviderInput)
    .mutation(({ ctx, input }) => createAiProvider(workspaceServiceContext(ctx), input)),
  update: workspaceProcedure("workspace.manage")
    .input(updateProviderInput)
    .mutation(({ ctx, input }) => updateAiProvider(workspaceServiceContext(ctx), input)),
  remove: workspaceProcedure("workspace.manage")
    .input(providerIdInput)
    .mutation(({ ctx, input }) => removeAiProvider(workspaceServiceContext(ctx), input)),
  reorder: workspaceProcedure("workspace.manage")
    .input(reorderInput)
    .mutation(({ ctx, input }) => reorderAiProviders(workspaceServiceContext(ctx), input)),
  setEnabled: workspaceProcedure("workspace.manage")
    .input(setEnabledInput)
    .mutation(({ ctx, input }) => setAiProviderEnabled(workspaceServiceContext(ctx), input)),
  test: workspaceProcedure("workspace.manage")
    .input(providerIdInput)
    .mutation(({ ctx, input }) => testAiProvider(ctx, input)),
});
