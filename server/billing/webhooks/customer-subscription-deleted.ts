import "server-only";

/** customer.subscription.deleted: the subscription ended (status canceled); the organization must choose a plan again. */
import type Stripe from "stripe";
import { applySubscription } from "./apply-subscription";
import type { EventHandler } from "./types";

export const customerSubscriptionDeleted: EventHandler = async (tx, event, deps) => {
  await applySubscription(tx, deps, { subscription: event.data.object as Stripe.Subscription, eventCreated: event.created, eventType: event.type });
};
