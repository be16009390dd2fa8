import "server-only";

/** A Stripe customer portal session (plan changes, payment methods, invoices, cancellation). */
import { writeAudit } from "@/server/audit/write-audit";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadAccount } from "./account";
import { assertOrganizationBillingManager } from "./billing-manager";
import { requireStripe, stripeFailure } from "./stripe-client";

export async function createPortal(ctx: WorkspaceServiceContext): Promise<{ url: string }> {
  const { config, stripe } = requireStripe();
  const organizationId = ctx.workspace.organizationId;
  await assertOrganizationBillingManager(ctx.db, organizationId, ctx.user.id);
  const account = await loadAccount(ctx.db, organizationId);
  if (!account.stripeCustomerId) throw new AppError("CONFLICT", "Choose a plan first: there is nothing to manage with Stripe yet.");
  const session = await stripe.billingPortal.sessions
    .create({ customer: account.stripeCustomerId, return_url: `${config.appUrl}/${ctx.workspace.slug}/settings/billing` })
    .catch((error: unknown) => Promise.reject(stripeFailure(error, "open the billing portal")));
  await transaction(({ tx }) =>
    writeAudit(tx, ctx.actor, {
      organizationId,
      workspaceId: ctx.workspace.id,
      action: "billing.portal_opened",
      targetType: "organization",
      targetId: organizationId,
      changes: { portalSessionId: session.id },
    }),
  );
  return { url: session.url };
}
