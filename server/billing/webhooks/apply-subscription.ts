import "server-only";

/**
 * Mirrors a Stripe subscription into the organization's billing account. Out-of-order delivery:
 * an event created no later than the newest one applied (`stripe_event_at`) does not carry the
 * current state, so its payload is ignored and the subscription is re-read from Stripe instead.
 * An event about another, ended subscription never overwrites the organization's live one.
 */
import { eq } from "drizzle-orm";
import type Stripe from "stripe";
import { writeAudit } from "@/server/audit/write-audit";
import type { Db } from "@/server/db/client";
import { billingAccounts } from "@/server/db/schema";
import { logger } from "@/server/log/logger";
import { accountByCustomer, loadAccount, type BillingAccount } from "../account";
import { subscriptionLive } from "../entitlement";
import { planOfPrice } from "../plans";
import { idOf, type WebhookDeps } from "./types";

const liveStatuses = new Set(["active", "trialing", "past_due"]);
const at = (unix: number | null | undefined) => (unix ? new Date(unix * 1000) : null);

async function accountFor(tx: Db, sub: Stripe.Subscription, organizationId: string | null): Promise<BillingAccount | null> {
  const customerId = idOf(sub.customer);
  const byCustomer = customerId ? await accountByCustomer(tx, customerId) : null;
  if (byCustomer) return byCustomer;
  const orgId = organizationId ?? sub.metadata?.organization_id ?? null;
  return orgId ? loadAccount(tx, orgId, { lock: true }).catch(() => null) : null;
}

async function write(tx: Db, account: BillingAccount, sub: Stripe.Subscription, eventAt: number, deps: WebhookDeps, eventType: string): Promise<void> {
  if (account.stripeSubscriptionId && account.stripeSubscriptionId !== sub.id && subscriptionLive(account) && !liveStatuses.has(sub.status)) {
    logger.info("stripe: event about an ended subscription ignored; the organization has a live one", { subscription: sub.id });
    return;
  }
  const item = sub.items.data[0];
  const priced = item ? planOfPrice(deps.config, item.price.id) : null;
  if (item && !priced) logger.warn("stripe: subscription price is not one of the configured plans", { subscription: sub.id, price: item.price.id });
  const values = {
    stripeCustomerId: idOf(sub.customer),
    stripeSubscriptionId: sub.id,
    plan: priced?.plan ?? account.plan,
    interval: priced?.interval ?? account.interval,
    subscriptionStatus: sub.status,
    trialEndsAt: at(sub.trial_end) ?? account.trialEndsAt,
    currentPeriodStart: at(item?.current_period_start),
    currentPeriodEnd: at(item?.current_period_end),
    cancelAtPeriodEnd: sub.cancel_at_period_end,
    stripeEventAt: Math.max(eventAt, account.stripeEventAt ?? 0),
    updatedAt: new Date(),
  };
  await tx.update(billingAccounts).set(values).where(eq(billingAccounts.organizationId, account.organizationId));
  await writeAudit(tx, { userId: null, label: "Stripe" }, {
    organizationId: account.organizationId,
    action: "billing.subscription_synced",
    targetType: "organization",
    targetId: account.organizationId,
    changes: { event: eventType, subscription: sub.id, status: sub.status, plan: values.plan, interval: values.interval, from: { plan: account.plan, status: account.subscriptionStatus } },
  });
}

export type ApplyOutcome = "applied" | "refetched" | "unknown_customer";

export async function applySubscription(
  tx: Db,
  deps: WebhookDeps,
  input: { subscription: Stripe.Subscription; eventCreated: number; eventType: string; organizationId?: string | null; fresh?: boolean },
): Promise<ApplyOutcome> {
  const account = await accountFor(tx, input.subscription, input.organizationId ?? null);
  if (!account) {
    logger.warn("stripe: subscription for a customer we do not know", { subscription: input.subscription.id, customer: idOf(input.subscription.customer) });
    return "unknown_customer";
  }
  if (!input.fresh && account.stripeEventAt !== null && input.eventCreated <= account.stripeEventAt) {
    const current = await deps.stripe.subscriptions.retrieve(input.subscription.id);
    await write(tx, account, current, account.stripeEventAt, deps, `${input.eventType} (stale: re-read from Stripe)`);
    return "refetched";
  }
  await write(tx, account, input.subscription, input.eventCreated, deps, input.eventType);
  return "applied";
}

/** Re-reads a subscription from Stripe and applies it (events that only point at one: invoices, Checkout). */
export async function syncSubscription(tx: Db, deps: WebhookDeps, input: { subscriptionId: string; eventCreated: number; eventType: string; organizationId?: string | null }) {
  const subscription = await deps.stripe.subscriptions.retrieve(input.subscriptionId);
  return applySubscription(tx, deps, { ...input, subscription, fresh: true });
}
