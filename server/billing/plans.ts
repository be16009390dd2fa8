import "server-only";

/**
 * The plans, in one place: prices, quotas per billing period, overage policy and features.
 * Stripe price ids come from the environment (billing config); `null` means unlimited.
 */
import type { BillingConfig } from "./config";

export type PlanId = "trial" | "starter" | "pro" | "enterprise";
export type PaidPlanId = Exclude<PlanId, "trial">;
export type Interval = "month" | "year";
export type LimitedMetric = "runs" | "posts" | "channels";
export type Limits = Record<LimitedMetric, number | null>;

export interface Plan {
  id: PlanId;
  name: string;
  /** US dollars per month on the monthly price (0 for the trial). */
  monthlyUsd: number;
  /** US dollars per year on the yearly price (two months free). */
  yearlyUsd: number;
  limits: Limits;
  /** At the limit: "block" refuses the use, "allow" records it beyond the limit (shown as overage). */
  overage: "block" | "allow";
  whiteLabel: boolean;
  summary: string;
}

export const trialDays = 14;

export const plans: Record<PlanId, Plan> = {
  trial: {
    id: "trial",
    name: "Free trial",
    monthlyUsd: 0,
    yearlyUsd: 0,
    limits: { runs: 20, posts: 10, channels: 2 },
    overage: "block",
    whiteLabel: false,
    summary: `${trialDays} days with Starter's limits.`,
  },
  starter: {
    id: "starter",
    name: "Starter",
    monthlyUsd: 149,
    yearlyUsd: 1490,
    limits: { runs: 20, posts: 10, channels: 2 },
    overage: "block",
    whiteLabel: false,
    summary: "20 generation runs, 10 published posts and 2 connected platforms a month.",
  },
  pro: {
    id: "pro",
    name: "Pro",
    monthlyUsd: 499,
    yearlyUsd: 4990,
    limits: { runs: 100, posts: 50, channels: null },
    overage: "allow",
    whiteLabel: false,
    summary: "100 generation runs and 50 published posts a month, every platform; overage allowed.",
  },
  enterprise: {
    id: "enterprise",
    name: "Enterprise",
    monthlyUsd: 1499,
    yearlyUsd: 14990,
    limits: { runs: null, posts: null, channels: null },
    overage: "allow",
    whiteLabel: true,
    summary: "Unlimited runs, posts and platforms, white-label.",
  },
};

export const paidPlans: PaidPlanId[] = ["starter", "pro", "enterprise"];

/** The next plan up, for "Upgrade to Pro for 100" messages. */
export function upgradeOf(plan: PlanId): PaidPlanId | null {
  if (plan === "trial" || plan === "starter") return "pro";
  if (plan === "pro") return "enterprise";
  return null;
}

export function priceId(config: BillingConfig, plan: PaidPlanId, interval: Interval): string | null {
  return config.prices[plan][interval] ?? null;
}

/** The plan and interval a Stripe price id stands for (null: not one of ours). */
export function planOfPrice(config: BillingConfig, price: string): { plan: PaidPlanId; interval: Interval } | null {
  for (const plan of paidPlans) {
    for (const interval of ["month", "year"] as const) {
      if (config.prices[plan][interval] === price) return { plan, interval };
    }
  }
  return null;
}
