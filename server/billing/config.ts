import "server-only";

/**
 * Billing configuration: the Stripe keys, the API base URL and the price ids, read once from the
 * environment. Without STRIPE_SECRET_KEY billing is disabled: nothing is limited (usage is still
 * recorded) and the settings page says so.
 */
import { env } from "@/env";

export type PriceIds = Record<"starter" | "pro" | "enterprise", { month?: string; year?: string }>;

export interface BillingConfig {
  secretKey: string;
  webhookSecret: string | null;
  /** Stripe's API base URL (a proxy or a local server speaking Stripe's API); null: api.stripe.com. */
  apiUrl: string | null;
  prices: PriceIds;
  appUrl: string;
}

export function billingConfigFromEnv(vars: typeof env = env): BillingConfig | null {
  if (!vars.STRIPE_SECRET_KEY) return null;
  return {
    secretKey: vars.STRIPE_SECRET_KEY,
    webhookSecret: vars.STRIPE_WEBHOOK_SECRET ?? null,
    apiUrl: vars.STRIPE_API_URL ?? null,
    appUrl: vars.APP_URL,
    prices: {
      starter: { month: vars.STRIPE_PRICE_STARTER_MONTHLY, year: vars.STRIPE_PRICE_STARTER_YEARLY },
      pro: { month: vars.STRIPE_PRICE_PRO_MONTHLY, year: vars.STRIPE_PRICE_PRO_YEARLY },
      enterprise: { month: vars.STRIPE_PRICE_ENTERPRISE_MONTHLY, year: vars.STRIPE_PRICE_ENTERPRISE_YEARLY },
    },
  };
}

let current: BillingConfig | null | undefined;

/** The process's billing configuration; null when billing is disabled. */
export function billingConfig(): BillingConfig | null {
  if (current === undefined) current = billingConfigFromEnv();
  return current;
}

/**
 * Replaces the process's billing configuration (a process that is configured other than through
 * its environment, e.g. an integration test against a local Stripe; null disables billing).
 * Returns the previous configuration so the caller can restore it.
 */
export function configureBilling(config: BillingConfig | null): BillingConfig | null {
  const previous = billingConfig();
  current = config;
  return previous;
}
