import "server-only";

/**
 * invoice.payment_failed: the subscription's status changes with its invoices (past_due while a payment
 * fails, active once paid), so the subscription is re-read from Stripe and mirrored.
 */
import type Stripe from "stripe";
import { syncSubscription } from "./apply-subscription";
import { idOf, type EventHandler } from "./types";

export const invoicePaymentFailed: EventHandler = async (tx, event, deps) => {
  const invoice = event.data.object as Stripe.Invoice;
  const subscriptionId = idOf(invoice.parent?.subscription_details?.subscription);
  if (!subscriptionId) return;
  await syncSubscription(tx, deps, { subscriptionId, eventCreated: event.created, eventType: event.type });
};
