import "server-only";

/** customer.subscription.created: mirrors the subscription in the event (or Stripe's current one when the event is stale). */
import type Stripe from "stripe";
import { applySubscription } from "./apply-subscription";
import type { EventHandler } from "./types";

export const customerSubscriptionCreated: EventHandler = async (tx, event, deps) => {
  await applySubscription(tx, deps, { subscription: event.data.object as Stripe.Subscription, eventCreated: event.created, eventType: event.type });
};
