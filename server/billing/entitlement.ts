import "server-only";

/**
 * What an organization may use right now: billing disabled (no limits), its paid plan while the
 * subscription is active, trialing or past due (dunning keeps the plan), the trial's limits while
 * the in-app trial runs, otherwise nothing until a plan is chosen. The period is the monthly
 * subscription's current period from Stripe, else the calendar month (UTC).
 */
import type { BillingAccount } from "./account";
import { plans, type LimitedMetric, type Plan } from "./plans";

export interface Entitlement {
  enabled: boolean;
  plan: Plan;
  /** Set when nothing may be used until a plan is chosen (trial over, subscription ended). */
  blocked: string | null;
  period: { start: Date; end: Date };
}

const liveStatuses = new Set(["active", "trialing", "past_due"]);

export const dayMonth = (at: Date) => new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "long", timeZone: "UTC" }).format(at);

export function calendarMonth(now: Date): { start: Date; end: Date } {
  return {
    start: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), 1)),
    end: new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth() + 1, 1)),
  };
}

export function subscriptionLive(account: BillingAccount): boolean {
  return Boolean(account.stripeSubscriptionId) && liveStatuses.has(account.subscriptionStatus);
}

export function entitlementOf(account: BillingAccount, enabled: boolean, now = new Date()): Entitlement {
  const live = subscriptionLive(account) && account.plan !== "trial";
  const start = account.currentPeriodStart;
  const end = account.currentPeriodEnd;
  // Quotas are monthly: a yearly subscription counts by calendar month.
  const monthly = live && account.interval !== "year" && start && end && start <= now && now < end;
  const period = monthly ? { start, end } : calendarMonth(now);
  if (!enabled) return { enabled, plan: plans[account.plan], blocked: null, period };
  if (live) return { enabled, plan: plans[account.plan], blocked: null, period };
  const trialEnds = account.trialEndsAt;
  if (!account.stripeSubscriptionId && trialEnds && trialEnds > now) return { enabled, plan: plans.trial, blocked: null, period };
  const blocked = account.stripeSubscriptionId
    ? `Your subscription is ${account.subscriptionStatus.replace(/_/g, " ")}: choose a plan in Settings → Billing to keep going.`
    : `Your free trial ended on ${dayMonth(trialEnds ?? now)}: choose a plan in Settings → Billing to keep going.`;
  return { enabled, plan: plans[account.plan], blocked, period };
}

/** The metric's limit under this entitlement (null: unlimited or overage allowed). */
export function enforcedLimit(e: Entitlement, metric: LimitedMetric): number | null {
  if (!e.enabled) return null;
  if (e.blocked) return 0;
  if (e.plan.overage === "allow") return null;
  return e.plan.limits[metric];
}
