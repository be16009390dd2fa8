import type { WorkspaceCase } from "../tenancy/procedure-table";

/** The branding procedures, in the shape of the tenancy table (every one is workspace-scoped by slug). */
export const brandingCases: WorkspaceCase[] = [
  { name: "branding.get", permission: "workspace.view", call: (c, slug) => c.branding.get({ workspaceSlug: slug }) },
  { name: "branding.settings", permission: "workspace.manage", call: (c, slug) => c.branding.settings({ workspaceSlug: slug }) },
  {
    name: "branding.updateOrganization",
    permission: "workspace.manage",
    call: (c, slug) => c.branding.updateOrganization({ workspaceSlug: slug, productName: "Hijacked", primaryColor: "#000000" }),
  },
  {
    name: "branding.updateWorkspace",
    permission: "workspace.manage",
    call: (c, slug) => c.branding.updateWorkspace({ workspaceSlug: slug, productName: "Hijacked" }),
  },
];
