import "server-only";

/** The settings page's data: plan, status, usage, and the plans on offer (with configured prices). */
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { can } from "@/lib/workspaces/permissions";
import { isOrganizationBillingManager } from "./billing-manager";
import { billingConfig } from "./config";
import { paidPlans, plans } from "./plans";
import { usageSummary } from "./usage-summary";

export async function getBilling(ctx: Pick<WorkspaceServiceContext, "db" | "workspace" | "role" | "user">) {
  const summary = await usageSummary(ctx.workspace.organizationId);
  const config = billingConfig();
  const offers = paidPlans.map((id) => ({
    id,
    name: plans[id].name,
    summary: plans[id].summary,
    monthlyUsd: plans[id].monthlyUsd,
    yearlyUsd: plans[id].yearlyUsd,
    monthly: Boolean(config?.prices[id].month),
    yearly: Boolean(config?.prices[id].year),
  }));
  const canManage = can(ctx.role, "billing.manage") && (await isOrganizationBillingManager(ctx.db, ctx.workspace.organizationId, ctx.user.id));
  return { ...summary, offers, canManage };
}
