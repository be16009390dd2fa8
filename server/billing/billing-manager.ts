import "server-only";
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { organizationMembers } from "@/server/db/schema";
import { forbidden } from "@/server/errors/app-error";

/**
 * Billing belongs to the organization: besides the workspace's `billing.manage` (checked by the
 * procedure), the caller must be an owner or admin of the workspace's organization.
 */
export async function isOrganizationBillingManager(db: Db, organizationId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId), inArray(organizationMembers.role, ["owner", "admin"])));
  return Boolean(row);
}

export async function assertOrganizationBillingManager(db: Db, organizationId: string, userId: string): Promise<void> {
  if (!(await isOrganizationBillingManager(db, organizationId, userId))) throw forbidden("Only the organization's owners and admins manage its billing.");
}
