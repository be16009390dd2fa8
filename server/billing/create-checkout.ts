import "server-only";

/**
 * Starts a Stripe Checkout session (subscription mode) for the workspace's organization: its
 * Stripe customer is created once and reused (saved before Checkout, so a failed Checkout never
 * orphans a second customer), client_reference_id is the organization id, and an organization
 * still in its in-app trial keeps the rest of it as a Stripe trial.
 */
import { eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { billingAccounts, organizations } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadAccount } from "./account";
import { assertOrganizationBillingManager } from "./billing-manager";
import { subscriptionLive } from "./entitlement";
import { plans, priceId } from "./plans";
import type { CheckoutInput } from "./schemas";
import { requireStripe, stripeFailure } from "./stripe-client";

const minTrialMs = 2 * 86_400_000; // Stripe wants a trial end at least 48 hours away.

async function customerOf(ctx: WorkspaceServiceContext, stripe: ReturnType<typeof requireStripe>["stripe"]): Promise<{ customerId: string; trialEnd: Date | null }> {
  const organizationId = ctx.workspace.organizationId;
  return transaction(async ({ tx }) => {
    const account = await loadAccount(tx, organizationId, { lock: true });
    if (subscriptionLive(account)) throw new AppError("CONFLICT", "This organization already has a subscription: change the plan with Manage billing.");
    const trialEnd = !account.stripeSubscriptionId && account.trialEndsAt && account.trialEndsAt.getTime() - Date.now() > minTrialMs ? account.trialEndsAt : null;
    if (account.stripeCustomerId) return { customerId: account.stripeCustomerId, trialEnd };
    const [org] = await tx.select({ name: organizations.name }).from(organizations).where(eq(organizations.id, organizationId));
    const customer = await stripe.customers
      .create({ name: org?.name, email: ctx.user.email, metadata: { organization_id: organizationId } })
      .catch((error: unknown) => Promise.reject(stripeFailure(error, "create the customer")));
    await tx.update(billingAccounts).set({ stripeCustomerId: customer.id }).where(eq(billingAccounts.organizationId, organizationId));
    await writeAudit(tx, ctx.actor, {
      organizationId,
      workspaceId: ctx.workspace.id,
      action: "billing.customer_created",
      targetType: "organization",
      targetId: organizationId,
      changes: { stripeCustomerId: customer.id },
    });
    return { customerId: customer.id, trialEnd };
  });
}

export async function createCheckout(ctx: WorkspaceServiceContext, input: CheckoutInput): Promise<{ url: string }> {
  const { config, stripe } = requireStripe();
  await assertOrganizationBillingManager(ctx.db, ctx.workspace.organizationId, ctx.user.id);
  const price = priceId(config, input.plan, input.interval);
  if (!price) throw new AppError("VALIDATION", `${plans[input.plan].name} is not offered ${input.interval === "month" ? "monthly" : "yearly"} on this server.`, { field: "interval" });
  const { customerId, trialEnd } = await customerOf(ctx, stripe);
  const back = `${config.appUrl}/${ctx.workspace.slug}/settings/billing`;
  const organizationId = ctx.workspace.organizationId;
  const session = await stripe.checkout.sessions
    .create({
      mode: "subscription",
      customer: customerId,
      client_reference_id: organizationId,
      line_items: [{ price, quantity: 1 }],
      subscription_data: { metadata: { organization_id: organizationId }, ...(trialEnd ? { trial_end: Math.floor(trialEnd.getTime() / 1000) } : {}) },
      metadata: { organization_id: organizationId },
      success_url: `${back}?checkout=success`,
      cancel_url: `${back}?checkout=cancelled`,
    })
    .catch((error: unknown) => Promise.reject(stripeFailure(error, "start Checkout")));
  if (!session.url) throw new AppError("CONFLICT", "Stripe did not return a Checkout page; please try again.");
  await transaction(({ tx }) =>
    writeAudit(tx, ctx.actor, {
      organizationId,
      workspaceId: ctx.workspace.id,
      action: "billing.checkout_started",
      targetType: "organization",
      targetId: organizationId,
      changes: { plan: input.plan, interval: input.interval, checkoutSessionId: session.id, trial: Boolean(trialEnd) },
    }),
  );
  return { url: session.url };
}
