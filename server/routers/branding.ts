import "server-only";
import { brandingSettings } from "@/server/branding/branding-settings";
import { brandingForWorkspace } from "@/server/branding/get-branding";
import { brandingFields } from "@/lib/branding/schemas";
import { updateBranding } from "@/server/branding/update-branding";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";
import { workspaceServiceContext } from "@/server/workspaces/service-context";

/** White-label: the branding a workspace shows, and the agency's settings for it. */
export const brandingRouter = router({
  /** What the workspace's UI shows (Loomcast's defaults without white-label). */
  get: workspaceProcedure("workspace.view").query(({ ctx }) => brandingForWorkspace(ctx.workspace.id, ctx.db)),
  /** Both stored levels for the settings page (organization owners and admins). */
  settings: workspaceProcedure("workspace.manage").query(({ ctx }) => brandingSettings(ctx)),
  updateOrganization: workspaceProcedure("workspace.manage")
    .input(brandingFields)
    .mutation(({ ctx, input }) => updateBranding(workspaceServiceContext(ctx), "organization", input)),
  updateWorkspace: workspaceProcedure("workspace.manage")
    .input(brandingFields)
    .mutation(({ ctx, input }) => updateBranding(workspaceServiceContext(ctx), "workspace", input)),
});
