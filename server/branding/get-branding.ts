import "server-only";

/**
 * The branding a tenant sees. Stored branding applies only when the organization's plan includes
 * white-label (Enterprise), or when billing is disabled; otherwise Loomcast's defaults.
 * A workspace's own profile overrides the organization's field by field.
 */
import { and, eq, isNull, or } from "drizzle-orm";
import { billingConfig } from "@/server/billing/config";
import { entitlementOf } from "@/server/billing/entitlement";
import { db as pool, type Db } from "@/server/db/client";
import { billingAccounts, brandingProfiles, workspaces } from "@/server/db/schema";
import { loomcastBranding, type Branding } from "@/lib/branding/defaults";
import { mergeBranding } from "@/lib/branding/merge";
import { brandingFieldNames, type StoredBranding } from "@/lib/branding/schemas";

export type { Branding } from "@/lib/branding/defaults";
export { mergeBranding } from "@/lib/branding/merge";

/** Whether the organization may use white-label now (read only: never creates the billing row). */
export async function whiteLabelAvailable(organizationId: string, db: Db = pool): Promise<boolean> {
  if (billingConfig() === null) return true;
  const [account] = await db.select().from(billingAccounts).where(eq(billingAccounts.organizationId, organizationId));
  if (!account) return false; // no billing row yet: the trial, which has no white-label
  const entitlement = entitlementOf(account, true);
  return entitlement.plan.whiteLabel && entitlement.blocked === null;
}

export function storedOf(row: typeof brandingProfiles.$inferSelect | undefined): StoredBranding | null {
  if (!row) return null;
  return Object.fromEntries(brandingFieldNames.map((name) => [name, row[name]])) as StoredBranding;
}

/** The stored organization profile and (when given) the workspace's override. */
export async function loadProfiles(db: Db, organizationId: string, workspaceId: string | null) {
  const rows = await db
    .select()
    .from(brandingProfiles)
    .where(
      and(
        eq(brandingProfiles.organizationId, organizationId),
        workspaceId
          ? or(isNull(brandingProfiles.workspaceId), eq(brandingProfiles.workspaceId, workspaceId))
          : isNull(brandingProfiles.workspaceId),
      ),
    );
  return {
    organization: storedOf(rows.find((r) => r.workspaceId === null)),
    workspace: workspaceId ? storedOf(rows.find((r) => r.workspaceId === workspaceId)) : null,
  };
}

export async function brandingForOrganization(organizationId: string, db: Db = pool): Promise<Branding> {
  const whiteLabel = await whiteLabelAvailable(organizationId, db);
  if (!whiteLabel) return loomcastBranding;
  const { organization } = await loadProfiles(db, organizationId, null);
  return mergeBranding(true, [organization]);
}

export async function brandingForWorkspace(workspaceId: string, db: Db = pool): Promise<Branding> {
  const [workspace] = await db
    .select({ organizationId: workspaces.organizationId })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!workspace) return loomcastBranding;
  const whiteLabel = await whiteLabelAvailable(workspace.organizationId, db);
  if (!whiteLabel) return loomcastBranding;
  const profiles = await loadProfiles(db, workspace.organizationId, workspaceId);
  return mergeBranding(true, [profiles.workspace, profiles.organization]);
}
