/**
 * billing.summary / checkout / portal through tRPC, with the Stripe SDK against the local Stripe:
 * the customer is created once per organization and reused, Checkout carries the organization
 * and the rest of the trial; wrong roles, other tenants and disabled billing are refused.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { configureBilling } from "@/server/billing/config";
import { db } from "@/server/db/client";
import { auditLog, organizationMembers } from "@/server/db/schema";
import { callerFor, createOwner, createUser } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { accountRow, prices, setPlan, useLocalStripe } from "./harness";

const local = useLocalStripe();

describe("billing.checkout", () => {
  it("creates the organization's customer once, then a subscription Checkout with client_reference_id and the trial's end", async () => {
    const { user, workspace, organization } = await createOwner();
    const caller = callerFor(user);
    const first = await caller.billing.checkout({ workspaceSlug: workspace.slug, plan: "pro", interval: "year" });
    expect(first.url).toMatch(new RegExp(`^${local.server.url}/checkout/cs_test_`));
    const second = await caller.billing.checkout({ workspaceSlug: workspace.slug, plan: "starter", interval: "month" });
    expect(second.url).not.toBe(first.url);

    const customers = local.stripe.forms("/v1/customers").filter((f) => f.get("metadata[organization_id]") === organization.id);
    expect(customers).toHaveLength(1);
    const account = await accountRow(organization.id);
    expect(account?.stripeCustomerId).toMatch(/^cus_/);

    const sessions = local.stripe.forms("/v1/checkout/sessions").filter((f) => f.get("client_reference_id") === organization.id);
    expect(sessions).toHaveLength(2);
    expect(Object.fromEntries(sessions[0]!)).toMatchObject({
      mode: "subscription",
      customer: account!.stripeCustomerId,
      "line_items[0][price]": prices.pro.year,
      "line_items[0][quantity]": "1",
      "subscription_data[trial_end]": String(Math.floor(account!.trialEndsAt!.getTime() / 1000)),
      success_url: `http://localhost:3000/${workspace.slug}/settings/billing?checkout=success`,
    });
    const request = local.server.requests.find((r) => r.path === "/v1/checkout/sessions")!;
    expect(request.headers.authorization).toBe("Bearer sk_test_local");
    const audit = await db.select().from(auditLog).where(and(eq(auditLog.organizationId, organization.id), eq(auditLog.action, "billing.checkout_started")));
    expect(audit).toHaveLength(2);
  });

  it("no trial for an organization that already had a subscription; a live subscription goes to the portal instead", async () => {
    const { user, workspace, organization } = await createOwner();
    await setPlan(organization.id, "starter", "canceled");
    await callerFor(user).billing.checkout({ workspaceSlug: workspace.slug, plan: "starter", interval: "month" });
    const form = local.stripe.forms("/v1/checkout/sessions").find((f) => f.get("client_reference_id") === organization.id)!;
    expect(form.get("subscription_data[trial_end]")).toBeNull();
    await setPlan(organization.id, "pro", "active");
    await expect(callerFor(user).billing.checkout({ workspaceSlug: workspace.slug, plan: "enterprise", interval: "month" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Manage billing"),
    });
  });

  it("Stripe's refusal comes back as a clear error, not a 500", async () => {
    const { user, workspace } = await createOwner();
    local.server.failNext({ path: /^\/v1\/checkout\/sessions$/ }, { status: 400, json: { error: { type: "invalid_request_error", message: "No such price: 'price_pro_m'", param: "line_items[0][price]" } } });
    await expect(callerFor(user).billing.checkout({ workspaceSlug: workspace.slug, plan: "pro", interval: "month" })).rejects.toMatchObject({
      code: "CONFLICT",
      message: "Stripe could not start Checkout: No such price: 'price_pro_m'",
    });
  });

  it("validates the plan and interval", async () => {
    const { user, workspace } = await createOwner();
    await expect(callerFor(user).billing.checkout({ workspaceSlug: workspace.slug, plan: "gold" as never, interval: "month" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("billing.portal and billing.summary", () => {
  it("opens the portal for the organization's customer; before any customer it says to choose a plan", async () => {
    const { user, workspace, organization } = await createOwner();
    const caller = callerFor(user);
    await expect(caller.billing.portal({ workspaceSlug: workspace.slug })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Choose a plan first") });
    await caller.billing.checkout({ workspaceSlug: workspace.slug, plan: "starter", interval: "month" });
    const { url } = await caller.billing.portal({ workspaceSlug: workspace.slug });
    expect(url).toMatch(new RegExp(`^${local.server.url}/portal/`));
    const form = local.stripe.forms("/v1/billing_portal/sessions").at(-1)!;
    expect(form.get("customer")).toBe((await accountRow(organization.id))?.stripeCustomerId);
  });

  it("every member reads the plan and usage; the offers show which prices are configured", async () => {
    const { workspace, user } = await createOwner();
    expect((await callerFor(user).billing.summary({ workspaceSlug: workspace.slug })).canManage).toBe(true);
    const viewer = await addMember(workspace.id, "viewer");
    const summary = await callerFor(viewer).billing.summary({ workspaceSlug: workspace.slug });
    expect(summary).toMatchObject({ enabled: true, plan: { id: "trial" }, canManage: false });
    expect(summary.offers.map((o) => [o.id, o.monthly, o.yearly])).toEqual([["starter", true, true], ["pro", true, true], ["enterprise", true, true]]);
  });

  it("with billing disabled the summary says so and checkout explains there is nothing to pay", async () => {
    const { user, workspace } = await createOwner();
    const previous = configureBilling(null);
    try {
      expect((await callerFor(user).billing.summary({ workspaceSlug: workspace.slug })).enabled).toBe(false);
      await expect(callerFor(user).billing.checkout({ workspaceSlug: workspace.slug, plan: "pro", interval: "month" })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("not set up") });
    } finally {
      configureBilling(previous);
    }
  });
});

describe("access", () => {
  it("unauthenticated callers are refused", async () => {
    const { workspace } = await createOwner();
    await expect(callerFor(null).billing.summary({ workspaceSlug: workspace.slug })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor(null).billing.checkout({ workspaceSlug: workspace.slug, plan: "pro", interval: "month" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });

  it("admins and editors cannot check out or open the portal; a workspace owner outside the organization's owners and admins cannot either", async () => {
    const { workspace } = await createOwner();
    for (const role of ["admin", "editor", "viewer"] as const) {
      const member = await addMember(workspace.id, role);
      await expect(callerFor(member).billing.checkout({ workspaceSlug: workspace.slug, plan: "pro", interval: "month" })).rejects.toMatchObject({ code: "FORBIDDEN" });
      await expect(callerFor(member).billing.portal({ workspaceSlug: workspace.slug })).rejects.toMatchObject({ code: "FORBIDDEN" });
    }
    const wsOwner = await addMember(workspace.id, "owner", await createUser());
    await expect(callerFor(wsOwner).billing.checkout({ workspaceSlug: workspace.slug, plan: "pro", interval: "month" })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: "Only the organization's owners and admins manage its billing.",
    });
    await db.insert(organizationMembers).values({ organizationId: workspace.organizationId, userId: wsOwner.id, role: "admin" });
    await expect(callerFor(wsOwner).billing.checkout({ workspaceSlug: workspace.slug, plan: "pro", interval: "month" })).resolves.toMatchObject({ url: expect.any(String) });
  });

  it("another tenant's owner gets NOT_FOUND for A's slug and nothing of A changes", async () => {
    const a = await createOwner();
    const b = await createOwner();
    const before = await accountRow(a.organization.id);
    const asB = callerFor(b.user);
    await expect(asB.billing.summary({ workspaceSlug: a.workspace.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asB.billing.checkout({ workspaceSlug: a.workspace.slug, plan: "pro", interval: "month" })).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(asB.billing.portal({ workspaceSlug: a.workspace.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await accountRow(a.organization.id)).toEqual(before);
    // Through B's own slug, B only ever touches B's organization.
    await asB.billing.checkout({ workspaceSlug: b.workspace.slug, plan: "pro", interval: "month" });
    expect(local.stripe.forms("/v1/checkout/sessions").some((f) => f.get("client_reference_id") === a.organization.id)).toBe(false);
  });
});
