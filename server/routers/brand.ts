import "server-only";
import { getBrandBookVersion } from "@/server/brand/get-brand-book-version";
import { getCurrentBrandBook } from "@/server/brand/get-current-brand-book";
import { listBrandBookVersions } from "@/server/brand/list-brand-book-versions";
import { restoreBrandBookVersion } from "@/server/brand/restore-brand-book-version";
import { saveBrandBook } from "@/server/brand/save-brand-book";
import { brandBookVersionInput, listBrandBookVersionsInput, saveBrandBookInput } from "@/server/brand/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

/** The brand book: everyone in the workspace reads it; owners and admins define it. */
export const brandRouter = router({
  get: workspaceProcedure("workspace.view").query(({ ctx }) => getCurrentBrandBook(ctx.db, ctx.workspace.id)),
  versions: workspaceProcedure("workspace.view")
    .input(listBrandBookVersionsInput)
    .query(({ ctx, input }) => listBrandBookVersions(ctx, input)),
  version: workspaceProcedure("workspace.view")
    .input(brandBookVersionInput)
    .query(({ ctx, input }) => getBrandBookVersion(ctx, input)),
  save: workspaceProcedure("workspace.manage")
    .input(saveBrandBookInput)
    .mutation(({ ctx, input }) => saveBrandBook(workspaceServiceContext(ctx), input)),
  restore: workspaceProcedure("workspace.manage")
    .input(brandBookVersionInput)
    .mutation(({ ctx, input }) => restoreBrandBookVersion(workspaceServiceContext(ctx), input)),
});
