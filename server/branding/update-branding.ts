import "server-only";
import { and, eq, isNull, sql } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import type { Db } from "@/server/db/client";
import { brandingProfiles, organizationMembers } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError, forbidden } from "@/server/errors/app-error";
import { isAgencyStaff } from "@/server/agency/org-roles";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { contrastRatio, minimumTextContrast } from "@/lib/branding/color";
import type { Branding } from "@/lib/branding/defaults";
import { loadProfiles, mergeBranding, storedOf, whiteLabelAvailable } from "./get-branding";
import { brandingFieldNames, type BrandingFields, type StoredBranding } from "@/lib/branding/schemas";

export type BrandingScope = "organization" | "workspace";

/** Branding is the agency's: only the organization's owners and admins set it. */
export async function requireBrandingManager(db: Db, userId: string, organizationId: string): Promise<void> {
  const [row] = await db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)));
  if (!isAgencyStaff(row?.role)) throw forbidden("Branding is set by the organization's owners and admins.");
}

function checkContrast(branding: Branding): void {
  const ratio = contrastRatio(branding.colors.primaryForeground, branding.colors.primary);
  if (ratio < minimumTextContrast) {
    throw new AppError(
      "VALIDATION",
      `Text on the primary colour needs a contrast of at least ${minimumTextContrast}:1 (this pair has ${ratio.toFixed(1)}:1). Choose a darker primary or a different text colour.`,
      { field: "primaryForegroundColor" },
    );
  }
}

/**
 * Sets the organization's branding (scope "organization", shared by every client) or this
 * workspace's override (scope "workspace"). Fields left out keep their value, null clears.
 * Refused without white-label on the plan, and when text on the primary colour would be unreadable.
 */
export async function updateBranding(
  ctx: WorkspaceServiceContext,
  scope: BrandingScope,
  input: BrandingFields,
): Promise<{ branding: Branding }> {
  const { organizationId, id: workspaceId } = ctx.workspace;
  return transaction(async ({ tx }) => {
    await requireBrandingManager(tx, ctx.user.id, organizationId);
    if (!(await whiteLabelAvailable(organizationId, tx))) {
      throw new AppError("LIMIT_EXCEEDED", "White-label branding is part of the Enterprise plan. Upgrade in Settings → Billing.");
    }
    const ownWorkspace = scope === "workspace" ? workspaceId : null;
    await tx
      .insert(brandingProfiles)
      .values({ organizationId, workspaceId: ownWorkspace, updatedById: ctx.user.id })
      .onConflictDoNothing(
        ownWorkspace
          ? { target: brandingProfiles.workspaceId }
          : { target: brandingProfiles.organizationId, where: sql`workspace_id is null` },
      );
    const [row] = await tx
      .select()
      .from(brandingProfiles)
      .where(
        and(
          eq(brandingProfiles.organizationId, organizationId),
          ownWorkspace ? eq(brandingProfiles.workspaceId, ownWorkspace) : isNull(brandingProfiles.workspaceId),
        ),
      )
      .for("update");
    if (!row) throw new Error("branding profile upsert returned nothing");
    const before = storedOf(row)!;
    const after: StoredBranding = { ...before };
    for (const name of brandingFieldNames) if (input[name] !== undefined) after[name] = input[name] ?? null;

    const others = await loadProfiles(tx, organizationId, ownWorkspace ? workspaceId : null);
    const branding = mergeBranding(true, ownWorkspace ? [after, others.organization] : [after]);
    checkContrast(branding);

    const changes = Object.fromEntries(
      brandingFieldNames.filter((n) => before[n] !== after[n]).map((n) => [n, { from: before[n], to: after[n] }]),
    );
    if (Object.keys(changes).length > 0) {
      await tx
        .update(brandingProfiles)
        .set({ ...after, updatedById: ctx.user.id })
        .where(and(eq(brandingProfiles.id, row.id), eq(brandingProfiles.organizationId, organizationId)));
      await writeAudit(tx, ctx.actor, {
        organizationId,
        workspaceId,
        action: scope === "organization" ? "branding.organization_updated" : "branding.workspace_updated",
        targetType: "branding",
        targetId: row.id,
        changes,
      });
    }
    return { branding };
  });
}
