/** The Stripe webhook: signatures (valid, tampered, stale), the allow-list, replays, out-of-order delivery, dunning. */
import { eq } from "drizzle-orm";
import { beforeEach, describe, expect, it } from "vitest";
import { POST } from "@/app/api/stripe/webhook/route";
import { handleStripeWebhook } from "@/server/billing/webhooks/handle-webhook";
import { db } from "@/server/db/client";
import { auditLog, billingAccounts, stripeEvents } from "@/server/db/schema";
import { createOwner } from "../factories/users";
import { fakeSubscription } from "./fake-stripe";
import { accountRow, prices, signed, stripeEvent, useLocalStripe } from "./harness";

const local = useLocalStripe();
const deliver = (event: object, options?: { secret?: string; timestamp?: number }) => {
  const { body, header } = signed(event, options);
  return handleStripeWebhook(body, header, local.config);
};
const now = () => Math.floor(Date.now() / 1000);

/** An organization with a Stripe customer id, as after Checkout started. */
async function customerOrg() {
  const owner = await createOwner();
  const customer = `cus_${crypto.randomUUID().slice(0, 12)}`;
  await db.insert(billingAccounts).values({ organizationId: owner.organization.id, stripeCustomerId: customer });
  return { ...owner, customer };
}

describe("signature", () => {
  let event: ReturnType<typeof stripeEvent>;
  beforeEach(async () => {
    const { customer, organization } = await customerOrg();
    event = stripeEvent("customer.subscription.updated", fakeSubscription({ customer, price: prices.pro.month, organizationId: organization.id }));
  });

  it("a valid signature is processed", async () => {
    expect(await deliver(event)).toEqual({ status: 200, result: "processed" });
  });

  it("a tampered body, a wrong secret or a missing header is a 400 and changes nothing", async () => {
    const { body, header } = signed(event);
    const tampered = body.replace(prices.pro.month, prices.enterprise.month);
    expect(await handleStripeWebhook(tampered, header, local.config)).toEqual({ status: 400, result: "invalid_signature" });
    expect(await deliver(event, { secret: "whsec_someone_else" })).toEqual({ status: 400, result: "invalid_signature" });
    expect(await handleStripeWebhook(body, null, local.config)).toEqual({ status: 400, result: "invalid_signature" });
    expect(await db.select().from(stripeEvents).where(eq(stripeEvents.id, event.id))).toEqual([]);
  });

  it("a signature older than the tolerance is a 400", async () => {
    expect(await deliver(event, { timestamp: now() - 301 })).toEqual({ status: 400, result: "invalid_signature" });
    expect(await deliver(event, { timestamp: now() - 60 })).toEqual({ status: 200, result: "processed" });
  });

  it("a signature dated ahead of now by more than the tolerance is a 400 and records nothing; within it, processed", async () => {
    for (const ahead of [301, 3600, 10 * 365 * 86_400]) {
      expect(await deliver(event, { timestamp: now() + ahead })).toEqual({ status: 400, result: "invalid_signature" });
    }
    expect(await db.select().from(stripeEvents).where(eq(stripeEvents.id, event.id))).toEqual([]);
    const { body, header } = signed(event, { timestamp: now() + 3600 });
    const route = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body, headers: { "stripe-signature": header } }));
    expect(route.status).toBe(400);
    expect(await deliver(event, { timestamp: now() + 60 })).toEqual({ status: 200, result: "processed" });
  });

  it("the route answers 400 for a bad signature, 200 for a type outside the allow-list", async () => {
    const bad = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body: JSON.stringify(event), headers: { "stripe-signature": "t=1,v1=00" } }));
    expect(bad.status).toBe(400);
  });
});

describe("events", () => {
  it("types outside the allow-list are acknowledged and not recorded", async () => {
    const event = stripeEvent("charge.refunded", { id: "ch_1", object: "charge" });
    const { body, header } = signed(event);
    const response = await POST(new Request("http://localhost/api/stripe/webhook", { method: "POST", body, headers: { "stripe-signature": header } }));
    // The route reads the process configuration, which this file points at the local Stripe.
    expect(response.status).toBe(200);
    expect(await response.json()).toEqual({ received: true, result: "ignored" });
    expect(await db.select().from(stripeEvents).where(eq(stripeEvents.id, event.id))).toEqual([]);
  });

  it("checkout.session.completed links the subscription to the organization in client_reference_id", async () => {
    const { organization } = await createOwner();
    const customer = `cus_${crypto.randomUUID().slice(0, 12)}`;
    const sub = fakeSubscription({ customer, price: prices.starter.year });
    local.stripe.subscriptions.set(sub.id, sub);
    const session = { id: "cs_test_1", object: "checkout.session", mode: "subscription", customer, subscription: sub.id, client_reference_id: organization.id };
    expect(await deliver(stripeEvent("checkout.session.completed", session))).toEqual({ status: 200, result: "processed" });
    expect(await accountRow(organization.id)).toMatchObject({ stripeCustomerId: customer, stripeSubscriptionId: sub.id, plan: "starter", interval: "year", subscriptionStatus: "active" });
    const audit = await db.select().from(auditLog).where(eq(auditLog.organizationId, organization.id));
    expect(audit.map((a) => [a.action, a.actorLabel])).toContainEqual(["billing.subscription_synced", "Stripe"]);
  });

  it("a replayed event is processed once", async () => {
    const { customer, organization } = await customerOrg();
    const sub = fakeSubscription({ customer, price: prices.pro.month });
    const event = stripeEvent("customer.subscription.created", sub);
    expect(await deliver(event)).toEqual({ status: 200, result: "processed" });
    await db.update(billingAccounts).set({ plan: "enterprise" }).where(eq(billingAccounts.organizationId, organization.id));
    const again = await Promise.all([deliver(event), deliver(event)]);
    expect(again).toEqual([{ status: 200, result: "duplicate" }, { status: 200, result: "duplicate" }]);
    expect((await accountRow(organization.id))?.plan).toBe("enterprise");
    expect(await db.select().from(stripeEvents).where(eq(stripeEvents.id, event.id))).toHaveLength(1);
  });

  it("concurrent deliveries of one new event apply it exactly once", async () => {
    const { customer, organization } = await customerOrg();
    const event = stripeEvent("customer.subscription.created", fakeSubscription({ customer, price: prices.pro.month }));
    const results = await Promise.all([deliver(event), deliver(event)]);
    expect(results.map((r) => r.result).sort()).toEqual(["duplicate", "processed"]);
    const audit = await db.select().from(auditLog).where(eq(auditLog.organizationId, organization.id));
    expect(audit.filter((a) => a.action === "billing.subscription_synced")).toHaveLength(1);
  });

  it("a subscription.updated older than the one applied is ignored: Stripe's current subscription is read instead", async () => {
    const { customer, organization } = await customerOrg();
    const current = fakeSubscription({ customer, price: prices.pro.month, status: "active" });
    local.stripe.subscriptions.set(current.id, current);
    const older = { ...current, status: "past_due", items: { ...current.items, data: [{ ...current.items.data[0]!, price: { id: prices.starter.month, object: "price" as const } }] } };
    const t = now();
    expect(await deliver(stripeEvent("customer.subscription.updated", current, { created: t }))).toMatchObject({ result: "processed" });
    const reads = () => local.server.requests.filter((r) => r.path === `/v1/subscriptions/${current.id}`).length;
    expect(reads()).toBe(0);
    expect(await deliver(stripeEvent("customer.subscription.updated", older, { created: t - 30 }))).toMatchObject({ result: "processed" });
    expect(reads()).toBe(1);
    expect(await accountRow(organization.id)).toMatchObject({ plan: "pro", subscriptionStatus: "active", stripeEventAt: t });
  });

  it("invoice.payment_failed puts the account past due (dunning); invoice.paid brings it back", async () => {
    const { customer, organization } = await customerOrg();
    const sub = fakeSubscription({ customer, price: prices.starter.month, status: "past_due" });
    local.stripe.subscriptions.set(sub.id, sub);
    const invoice = (id: string) => ({ id, object: "invoice", customer, parent: { type: "subscription_details", quote_details: null, subscription_details: { subscription: sub.id, metadata: {} } } });
    await deliver(stripeEvent("invoice.payment_failed", invoice("in_1")));
    expect(await accountRow(organization.id)).toMatchObject({ subscriptionStatus: "past_due", plan: "starter" });
    local.stripe.subscriptions.set(sub.id, { ...sub, status: "active" });
    await deliver(stripeEvent("invoice.paid", invoice("in_2")));
    expect((await accountRow(organization.id))?.subscriptionStatus).toBe("active");
  });

  it("customer.subscription.deleted ends the plan; an event about an old, ended subscription never overwrites a live one", async () => {
    const { customer, organization } = await customerOrg();
    const live = fakeSubscription({ customer, price: prices.pro.month });
    await deliver(stripeEvent("customer.subscription.created", live));
    const old = fakeSubscription({ customer, price: prices.starter.month, status: "canceled" });
    await deliver(stripeEvent("customer.subscription.deleted", old, { created: now() + 5 }));
    expect(await accountRow(organization.id)).toMatchObject({ stripeSubscriptionId: live.id, subscriptionStatus: "active" });
    await deliver(stripeEvent("customer.subscription.deleted", { ...live, status: "canceled" }, { created: now() + 10 }));
    expect(await accountRow(organization.id)).toMatchObject({ stripeSubscriptionId: live.id, subscriptionStatus: "canceled" });
  });

  it("an event for a customer nobody knows is recorded and changes nothing", async () => {
    const event = stripeEvent("customer.subscription.updated", fakeSubscription({ customer: "cus_unknown", price: prices.pro.month }));
    expect(await deliver(event)).toEqual({ status: 200, result: "processed" });
  });
});
