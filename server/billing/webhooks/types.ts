import "server-only";
import type Stripe from "stripe";
import type { Db } from "@/server/db/client";
import type { BillingConfig } from "../config";

export interface WebhookDeps {
  stripe: Stripe;
  config: BillingConfig;
}

/** One event type's effect, run in the transaction that also records the event id. */
export type EventHandler = (tx: Db, event: Stripe.Event, deps: WebhookDeps) => Promise<void>;

export const idOf = (ref: string | { id: string } | null | undefined): string | null => (ref == null ? null : typeof ref === "string" ? ref : ref.id);
