import "server-only";
import { getBlogSettings, blogSettingsInput, updateBlogSettings } from "@/server/blog/settings";
import { requestBlogRevalidation } from "@/server/blog/revalidate";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

export const blogRouter = router({
  settings: workspaceProcedure("workspace.view").query(({ ctx }) => getBlogSettings(workspaceServiceContext(ctx))),
  updateSettings: workspaceProcedure("workspace.manage")
    .input(blogSettingsInput)
    .mutation(async ({ ctx, input }) => {
      const result = await updateBlogSettings(workspaceServiceContext(ctx), input);
      // Same path as the worker's: signed, best effort (cached reads also expire on their own).
      await requestBlogRevalidation({ workspaceId: ctx.workspace.id, slugs: [], sites: [ctx.workspace.slug] });
      return result;
    }),
});
