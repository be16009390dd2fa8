import "server-only";

/**
 * Who may manage which domain. Blog domains belong to the workspace (`workspace.manage`, checked
 * by the procedure); the app domain belongs to the organization: its owners and admins only, and
 * only on a plan with white-label (or with billing disabled, when nothing is limited).
 */
import { and, eq, inArray } from "drizzle-orm";
import { loadAccount } from "@/server/billing/account";
import { billingConfig } from "@/server/billing/config";
import { entitlementOf } from "@/server/billing/entitlement";
import type { Db } from "@/server/db/client";
import { organizationMembers } from "@/server/db/schema";
import { AppError, forbidden } from "@/server/errors/app-error";

export async function isOrganizationAdmin(db: Db, organizationId: string, userId: string): Promise<boolean> {
  const [row] = await db
    .select({ role: organizationMembers.role })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId), inArray(organizationMembers.role, ["owner", "admin"])));
  return Boolean(row);
}

/** Null when the organization's plan allows an app domain, else why not (shown as is). */
export async function appDomainUnavailable(db: Db, organizationId: string): Promise<string | null> {
  const e = entitlementOf(await loadAccount(db, organizationId), billingConfig() !== null);
  if (!e.enabled) return null;
  if (e.blocked) return e.blocked;
  return e.plan.whiteLabel ? null : `An app domain is part of white-label, on the Enterprise plan; your organization is on ${e.plan.name}.`;
}

export async function assertCanManageAppDomain(db: Db, organizationId: string, userId: string): Promise<void> {
  if (!(await isOrganizationAdmin(db, organizationId, userId))) {
    throw forbidden("Only the organization's owners and admins manage its app domain.");
  }
}

export async function assertAppDomainAvailable(db: Db, organizationId: string): Promise<void> {
  const reason = await appDomainUnavailable(db, organizationId);
  if (reason) throw new AppError("LIMIT_EXCEEDED", reason);
}
