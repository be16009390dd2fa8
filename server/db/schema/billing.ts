import { bigint, boolean, index, pgEnum, pgTable, primaryKey, text, timestamp, uniqueIndex } from "drizzle-orm/pg-core";
import { createdAt, updatedAt } from "./columns";
import { organizations } from "./tenancy";

export const planId = pgEnum("plan_id", ["trial", "starter", "pro", "enterprise"]);
export const billingInterval = pgEnum("billing_interval", ["month", "year"]);

/**
 * An organization's subscription, mirrored from Stripe by the webhook handlers. `stripeEventAt`
 * is the `created` time of the newest Stripe event applied to this row: older events arriving
 * late are ignored for the subscription fields (out-of-order delivery).
 */
export const billingAccounts = pgTable(
  "billing_accounts",
  {
    organizationId: text("organization_id")
      .primaryKey()
      .references(() => organizations.id, { onDelete: "cascade" }),
    stripeCustomerId: text("stripe_customer_id"),
    stripeSubscriptionId: text("stripe_subscription_id"),
    plan: planId("plan").notNull().default("trial"),
    interval: billingInterval("interval"),
    /** Stripe's subscription status: trialing, active, past_due, canceled, unpaid, incomplete, … */
    subscriptionStatus: text("subscription_status").notNull().default("trialing"),
    trialEndsAt: timestamp("trial_ends_at", { withTimezone: true }),
    currentPeriodStart: timestamp("current_period_start", { withTimezone: true }),
    currentPeriodEnd: timestamp("current_period_end", { withTimezone: true }),
    cancelAtPeriodEnd: boolean("cancel_at_period_end").notNull().default(false),
    stripeEventAt: bigint("stripe_event_at", { mode: "number" }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex("billing_accounts_customer_idx").on(t.stripeCustomerId)],
);

/** Stripe event ids already processed (webhook idempotency). */
export const stripeEvents = pgTable("stripe_events", {
  id: text("id").primaryKey(),
  type: text("type").notNull(),
  created: bigint("created", { mode: "number" }).notNull(),
  processedAt: createdAt(),
});

/** Usage per organization, billing period and metric (runs, posts, channels, tokens). */
export const usageCounters = pgTable(
  "usage_counters",
  {
    organizationId: text("organization_id")
      .notNull()
      .references(() => organizations.id, { onDelete: "cascade" }),
    periodStart: timestamp("period_start", { withTimezone: true }).notNull(),
    metric: text("metric").notNull(),
    used: bigint("used", { mode: "number" }).notNull().default(0),
    updatedAt: updatedAt(),
  },
  (t) => [primaryKey({ columns: [t.organizationId, t.periodStart, t.metric] }), index("usage_org_idx").on(t.organizationId)],
);
export type UsageMetric = "runs" | "posts" | "channels" | "tokens";
