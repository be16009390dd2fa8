/** Billing test support: a local Stripe, billing configured against it, signed webhook events, usage and plans set directly. */
import { eq, sql } from "drizzle-orm";
import Stripe from "stripe";
import { afterAll, beforeAll } from "vitest";
import { configureBilling, type BillingConfig } from "@/server/billing/config";
import { calendarMonth } from "@/server/billing/entitlement";
import { db } from "@/server/db/client";
import { billingAccounts, usageCounters } from "@/server/db/schema";
import { startFakeServer, type FakeServer } from "@/tests/publish/fakes/fake-server";
import { registerFakeStripe, type FakeStripe } from "./fake-stripe";

export const webhookSecret = "whsec_test_local_secret";

export const prices = {
  starter: { month: "price_starter_m", year: "price_starter_y" },
  pro: { month: "price_pro_m", year: "price_pro_y" },
  enterprise: { month: "price_ent_m", year: "price_ent_y" },
};

/** Billing enabled against a local Stripe for this file (restored afterwards, so other files keep their configuration). */
export function useLocalStripe() {
  const ctx = {} as { server: FakeServer; stripe: FakeStripe; config: BillingConfig };
  let previous: BillingConfig | null = null;
  beforeAll(async () => {
    ctx.server = await startFakeServer();
    ctx.stripe = registerFakeStripe(ctx.server);
    ctx.config = { secretKey: "sk_test_local", webhookSecret, apiUrl: ctx.server.url, prices, appUrl: "http://localhost:3000" };
    previous = configureBilling(ctx.config);
  });
  afterAll(async () => {
    configureBilling(previous);
    await ctx.server.close();
  });
  return ctx;
}

/** A Stripe event envelope (the fields our handlers read). */
export function stripeEvent(type: string, object: unknown, options: { created?: number; id?: string } = {}) {
  return { id: options.id ?? `evt_${crypto.randomUUID().replace(/-/g, "")}`, object: "event", type, created: options.created ?? Math.floor(Date.now() / 1000), data: { object }, livemode: false, api_version: Stripe.API_VERSION };
}

/** The raw body and its Stripe-Signature header, signed with the SDK's test helper. */
export function signed(event: object, options: { secret?: string; timestamp?: number } = {}) {
  const body = JSON.stringify(event);
  const header = Stripe.webhooks.generateTestHeaderString({ payload: body, secret: options.secret ?? webhookSecret, timestamp: options.timestamp });
  return { body, header };
}

export async function setUsage(organizationId: string, metric: string, used: number, periodStart = calendarMonth(new Date()).start) {
  await db
    .insert(usageCounters)
    .values({ organizationId, periodStart, metric, used })
    .onConflictDoUpdate({ target: [usageCounters.organizationId, usageCounters.periodStart, usageCounters.metric], set: { used } });
}

export async function usageOf(organizationId: string, metric: string, periodStart = calendarMonth(new Date()).start) {
  const [row] = await db.select({ used: usageCounters.used }).from(usageCounters).where(sql`${usageCounters.organizationId} = ${organizationId} and ${usageCounters.periodStart} = ${periodStart} and ${usageCounters.metric} = ${metric}`);
  return row?.used ?? 0;
}

/** Puts the organization on a paid plan directly (calendar-month period), as a webhook would have. */
export async function setPlan(organizationId: string, plan: "starter" | "pro" | "enterprise", status = "active") {
  const { start, end } = calendarMonth(new Date());
  const values = { plan, interval: "month" as const, subscriptionStatus: status, stripeSubscriptionId: `sub_${crypto.randomUUID().slice(0, 8)}`, currentPeriodStart: start, currentPeriodEnd: end };
  await db.insert(billingAccounts).values({ organizationId, ...values }).onConflictDoUpdate({ target: billingAccounts.organizationId, set: values });
}

export async function accountRow(organizationId: string) {
  const [row] = await db.select().from(billingAccounts).where(eq(billingAccounts.organizationId, organizationId));
  return row;
}
