import "server-only";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadProfiles, mergeBranding, whiteLabelAvailable } from "./get-branding";
import { requireBrandingManager } from "./update-branding";

/** What the branding settings page edits: both stored levels, the result, and whether the plan allows it. */
export async function brandingSettings(ctx: Pick<WorkspaceServiceContext, "db" | "workspace" | "user">) {
  const { organizationId, id: workspaceId } = ctx.workspace;
  await requireBrandingManager(ctx.db, ctx.user.id, organizationId);
  const [available, profiles] = await Promise.all([
    whiteLabelAvailable(organizationId, ctx.db),
    loadProfiles(ctx.db, organizationId, workspaceId),
  ]);
  return {
    available,
    organization: profiles.organization,
    workspace: profiles.workspace,
    effective: mergeBranding(available, [profiles.workspace, profiles.organization]),
  };
}
