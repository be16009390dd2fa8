import "server-only";

/**
 * One Stripe webhook delivery: the signature is verified over the raw body with the SDK (a bad or
 * stale signature is a 400, and so is one dated ahead of now by more than the tolerance), types outside the allow-list are acknowledged (200) and ignored, and
 * an allowed event's id is recorded in the same transaction as its effect, so a replay (or a
 * concurrent duplicate delivery) changes nothing. A handler failure rolls both back and answers
 * 500, so Stripe delivers the event again.
 */
import Stripe from "stripe";
import { stripeEvents } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { logger } from "@/server/log/logger";
import { billingConfig, type BillingConfig } from "../config";
import { stripeFor } from "../stripe-client";
import { eventHandlers } from "./handlers";
import { secondsAheadBeyond } from "./signature-time";

export type WebhookOutcome = { status: number; result: "processed" | "duplicate" | "ignored" | "invalid_signature" | "not_configured" };

/** Signatures older (or further ahead) than this many seconds are refused (Stripe's default tolerance). */
export const signatureToleranceSeconds = 300;

export async function handleStripeWebhook(rawBody: string, signature: string | null, config: BillingConfig | null = billingConfig()): Promise<WebhookOutcome> {
  if (!config?.webhookSecret) return { status: 404, result: "not_configured" };
  const stripe = stripeFor(config);
  let event: Stripe.Event;
  try {
    event = stripe.webhooks.constructEvent(rawBody, signature ?? "", config.webhookSecret, signatureToleranceSeconds);
  } catch (error) {
    if (error instanceof Stripe.errors.StripeSignatureVerificationError) {
      logger.warn("stripe webhook: signature refused", { reason: error.message });
      return { status: 400, result: "invalid_signature" };
    }
    throw error;
  }
  // constructEvent checks only the past; a verified signature from the future is refused as well.
  const ahead = secondsAheadBeyond(signature, signatureToleranceSeconds);
  if (ahead > 0) {
    logger.warn("stripe webhook: signature timestamp in the future", { secondsBeyondTolerance: ahead });
    return { status: 400, result: "invalid_signature" };
  }
  const handler = eventHandlers[event.type];
  if (!handler) return { status: 200, result: "ignored" };
  return transaction(async ({ tx }) => {
    const fresh = await tx.insert(stripeEvents).values({ id: event.id, type: event.type, created: event.created }).onConflictDoNothing().returning({ id: stripeEvents.id });
    if (fresh.length === 0) return { status: 200, result: "duplicate" } as const;
    await handler(tx, event, { stripe, config });
    return { status: 200, result: "processed" } as const;
  });
}
