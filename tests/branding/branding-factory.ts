import { asc, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { auditLog, billingAccounts, brandingProfiles } from "@/server/db/schema";

/** Every branding row of an organization and its branding audit records, to prove nothing changed. */
export async function brandingSnapshot(organizationId: string) {
  return {
    profiles: await db.select().from(brandingProfiles).where(eq(brandingProfiles.organizationId, organizationId)).orderBy(asc(brandingProfiles.id)),
    audit: (await db.select().from(auditLog).where(eq(auditLog.organizationId, organizationId)).orderBy(asc(auditLog.id))).filter((r) =>
      r.action.startsWith("branding."),
    ),
  };
}

/** Puts the organization on a live Stripe subscription of `plan` (what the webhook would record). */
export async function setPlan(organizationId: string, plan: "starter" | "pro" | "enterprise", status = "active") {
  await db
    .insert(billingAccounts)
    .values({ organizationId, plan, subscriptionStatus: status, stripeSubscriptionId: `sub_${crypto.randomUUID()}`, stripeCustomerId: `cus_${crypto.randomUUID()}` })
    .onConflictDoUpdate({ target: billingAccounts.organizationId, set: { plan, subscriptionStatus: status, stripeSubscriptionId: `sub_${crypto.randomUUID()}` } });
}
