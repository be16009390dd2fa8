import "server-only";
import { cancelRun } from "@/server/content/cancel-run";
import { getContent } from "@/server/content/get-content";
import { getRun } from "@/server/content/get-run";
import { listContent } from "@/server/content/list-content";
import { listVersions } from "@/server/content/list-versions";
import { requestContent } from "@/server/content/request-content";
import { retryRun } from "@/server/content/retry-run";
import { contentItemInput, contentListInput, contentRequestInput, runDetailInput, runInput } from "@/server/content/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

export const contentRouter = router({
  /** Any kind of content (blog, social for one or more platforms, thread): creates the item and starts its generation. */
  request: workspaceProcedure("content.create")
    .input(contentRequestInput)
    .mutation(({ ctx, input }) => requestContent(workspaceServiceContext(ctx), input)),
  list: workspaceProcedure("workspace.view")
    .input(contentListInput)
    .query(({ ctx, input }) => listContent(ctx, input)),
  get: workspaceProcedure("workspace.view")
    .input(contentItemInput)
    .query(({ ctx, input }) => getContent(ctx, input)),
  versions: workspaceProcedure("workspace.view")
    .input(contentItemInput)
    .query(({ ctx, input }) => listVersions(ctx, input)),
  run: workspaceProcedure("workspace.view")
    .input(runDetailInput)
    .query(({ ctx, input }) => getRun(ctx, input)),
  cancelRun: workspaceProcedure("content.create")
    .input(runInput)
    .mutation(({ ctx, input }) => cancelRun(workspaceServiceContext(ctx), input)),
  retryRun: workspaceProcedure("content.create")
    .input(runInput)
    .mutation(({ ctx, input }) => retryRun(workspaceServiceContext(ctx), input)),
});
