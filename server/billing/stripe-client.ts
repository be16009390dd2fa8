import "server-only";

/** The Stripe SDK for a billing configuration, pointed at STRIPE_API_URL when one is set. */
import Stripe from "stripe";
import { AppError } from "@/server/errors/app-error";
import { billingConfig, type BillingConfig } from "./config";

const clients = new Map<string, Stripe>();

export function stripeFor(config: BillingConfig): Stripe {
  const key = `${config.secretKey}|${config.apiUrl ?? ""}`;
  let client = clients.get(key);
  if (!client) {
    const options: Stripe.StripeConfig = { maxNetworkRetries: 2, timeout: 20_000, appInfo: { name: "Loomcast" } };
    if (config.apiUrl) {
      const url = new URL(config.apiUrl);
      options.host = url.hostname;
      options.protocol = url.protocol === "http:" ? "http" : "https";
      options.port = url.port || (url.protocol === "http:" ? 80 : 443);
    }
    client = new Stripe(config.secretKey, options);
    clients.set(key, client);
  }
  return client;
}

/** The configuration and client, or a clear error when billing is disabled. */
export function requireStripe(): { config: BillingConfig; stripe: Stripe } {
  const config = billingConfig();
  if (!config) throw new AppError("CONFLICT", "Billing is not set up on this server (no Stripe key), so there is nothing to pay: every feature is available.");
  return { config, stripe: stripeFor(config) };
}

/** Stripe's own message for a failed call, as a user-facing error (never a 500 for a Stripe refusal). */
export function stripeFailure(error: unknown, doing: string): Error {
  if (error instanceof Stripe.errors.StripeError) {
    return new AppError("CONFLICT", `Stripe could not ${doing}: ${error.message}`, { cause: error });
  }
  return error instanceof Error ? error : new Error(String(error));
}
