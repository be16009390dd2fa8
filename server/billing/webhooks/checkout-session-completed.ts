import "server-only";

/** checkout.session.completed: links the Stripe customer to the organization (client_reference_id) and mirrors the new subscription. */
import type Stripe from "stripe";
import { logger } from "@/server/log/logger";
import { syncSubscription } from "./apply-subscription";
import { idOf, type EventHandler } from "./types";

export const checkoutSessionCompleted: EventHandler = async (tx, event, deps) => {
  const session = event.data.object as Stripe.Checkout.Session;
  const subscriptionId = idOf(session.subscription);
  if (session.mode !== "subscription" || !subscriptionId) {
    logger.info("stripe: checkout session without a subscription ignored", { session: session.id });
    return;
  }
  await syncSubscription(tx, deps, { subscriptionId, eventCreated: event.created, eventType: event.type, organizationId: session.client_reference_id });
};
