import "server-only";

/** The organization's plan, status and usage this period, for the settings page and the banner. */
import { and, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { usageCounters } from "@/server/db/schema";
import { loadAccount } from "./account";
import { billingConfig } from "./config";
import { connectedPlatforms } from "./connected-platforms";
import { entitlementOf, subscriptionLive } from "./entitlement";
import type { LimitedMetric } from "./plans";

export interface UsageLine {
  metric: LimitedMetric | "tokens";
  label: string;
  used: number;
  /** null: unlimited (or not limited: tokens, billing disabled). */
  limit: number | null;
}

const labels: Record<UsageLine["metric"], string> = {
  runs: "Generation runs",
  posts: "Published posts",
  channels: "Connected platforms",
  tokens: "AI tokens",
};

export async function usageSummary(organizationId: string) {
  const account = await loadAccount(db, organizationId);
  const enabled = billingConfig() !== null;
  const e = entitlementOf(account, enabled);
  const rows = await db
    .select({ metric: usageCounters.metric, used: usageCounters.used })
    .from(usageCounters)
    .where(and(eq(usageCounters.organizationId, organizationId), eq(usageCounters.periodStart, e.period.start)));
  const used = (metric: string) => rows.find((r) => r.metric === metric)?.used ?? 0;
  const channels = (await connectedPlatforms(db, organizationId)).length;
  const limit = (metric: LimitedMetric) => (enabled ? e.plan.limits[metric] : null);
  const lines: UsageLine[] = [
    { metric: "runs", label: labels.runs, used: used("runs"), limit: limit("runs") },
    { metric: "posts", label: labels.posts, used: used("posts"), limit: limit("posts") },
    { metric: "channels", label: labels.channels, used: channels, limit: limit("channels") },
    { metric: "tokens", label: labels.tokens, used: used("tokens"), limit: null },
  ];
  return {
    enabled,
    plan: { id: e.plan.id, name: e.plan.name, overage: e.plan.overage, whiteLabel: e.plan.whiteLabel },
    status: account.subscriptionStatus,
    hasSubscription: Boolean(account.stripeSubscriptionId),
    /** Active, trialing or past due in Stripe: plan changes go through the portal. */
    subscriptionLive: subscriptionLive(account),
    interval: account.interval,
    trialEndsAt: account.trialEndsAt,
    cancelAtPeriodEnd: account.cancelAtPeriodEnd,
    blocked: e.blocked,
    period: e.period,
    usage: lines,
  };
}
export type UsageSummary = Awaited<ReturnType<typeof usageSummary>>;
