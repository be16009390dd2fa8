import "server-only";

/**
 * An organization's billing account row, created on first use: the in-app trial starts when the
 * organization was created and lasts `trialDays`.
 */
import { eq, sql } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { billingAccounts } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import { trialDays } from "./plans";

export type BillingAccount = typeof billingAccounts.$inferSelect;

async function ensureRow(tx: Db, organizationId: string): Promise<void> {
  await tx.execute(sql`
    insert into billing_accounts (organization_id, trial_ends_at)
    select id, created_at + make_interval(days => ${trialDays}) from organizations where id = ${organizationId}
    on conflict (organization_id) do nothing`);
}

/** The organization's account (created when missing). */
export async function loadAccount(tx: Db, organizationId: string, options: { lock?: boolean } = {}): Promise<BillingAccount> {
  await ensureRow(tx, organizationId);
  const query = tx.select().from(billingAccounts).where(eq(billingAccounts.organizationId, organizationId));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("Organization");
  return row;
}

/** The account a Stripe customer id belongs to (indexed lookup), locked for the webhook's update. */
export async function accountByCustomer(tx: Db, customerId: string): Promise<BillingAccount | null> {
  const [row] = await tx.select().from(billingAccounts).where(eq(billingAccounts.stripeCustomerId, customerId)).for("update");
  return row ?? null;
}
