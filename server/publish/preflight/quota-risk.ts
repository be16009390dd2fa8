import "server-only";

/**
 * The plan side of pre-flight: nothing more may be published while the organization's billing is
 * blocked (trial over, subscription ended), and a period already past its post quota (a downgrade,
 * say) is over what the plan allows. Billing off or an unlimited plan: no risk.
 */
import { and, eq } from "drizzle-orm";
import { loadAccount } from "@/server/billing/account";
import { billingConfig } from "@/server/billing/config";
import { enforcedLimit, entitlementOf } from "@/server/billing/entitlement";
import { usageLimitMessage } from "@/server/billing/limit-message";
import type { Db } from "@/server/db/client";
import { usageCounters } from "@/server/db/schema";
import type { Finding } from "./find-risk";

export async function quotaRisk(tx: Db, organizationId: string, now: Date): Promise<Finding | null> {
  if (!billingConfig()) return null;
  const e = entitlementOf(await loadAccount(tx, organizationId), true, now);
  if (e.blocked) return { reason: "plan_blocked", message: e.blocked, fix: "upgrade" };
  const limit = enforcedLimit(e, "posts");
  if (limit === null) return null;
  const [row] = await tx
    .select({ used: usageCounters.used })
    .from(usageCounters)
    .where(and(eq(usageCounters.organizationId, organizationId), eq(usageCounters.periodStart, e.period.start), eq(usageCounters.metric, "posts")));
  const used = row?.used ?? 0;
  // This post's own unit is already counted (it was charged when scheduled).
  return used > limit ? { reason: "over_quota", message: usageLimitMessage(e, "posts", used), fix: "upgrade" } : null;
}
