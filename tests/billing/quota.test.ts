/** Quotas: limits per plan with the plan's words, overage allowed or blocked, release, metering, disabled billing, concurrency. */
import { describe, expect, it } from "vitest";
import { configureBilling } from "@/server/billing/config";
import { calendarMonth, dayMonth } from "@/server/billing/entitlement";
import { consumeQuota, recordUsage, releaseQuota, usageSummary } from "@/server/billing/quota";
import { db } from "@/server/db/client";
import { billingAccounts } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { createOwner } from "../factories/users";
import { setPlan, setUsage, useLocalStripe, usageOf } from "./harness";

const stripe = useLocalStripe();
const consume = (organizationId: string, metric: "runs" | "posts", amount?: number) => transaction(({ tx }) => consumeQuota(tx, { organizationId, metric, amount }));
const resets = dayMonth(calendarMonth(new Date()).end);

describe("consumeQuota", () => {
  it("counts runs within the Starter plan and refuses the 21st with the plan, limit, usage, reset date and upgrade", async () => {
    const { organization } = await createOwner();
    await setPlan(organization.id, "starter");
    await setUsage(organization.id, "runs", 19);
    await consume(organization.id, "runs");
    expect(await usageOf(organization.id, "runs")).toBe(20);
    const error = await consume(organization.id, "runs").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AppError);
    expect(error).toMatchObject({ code: "LIMIT_EXCEEDED", message: `Your Starter plan includes 20 runs a month: 20 used, resets on ${resets}. Upgrade to Pro for 100.` });
    expect(await usageOf(organization.id, "runs")).toBe(20);
  });

  it("refuses an amount that would cross the limit and leaves the count as it was", async () => {
    const { organization } = await createOwner();
    await setPlan(organization.id, "starter");
    await setUsage(organization.id, "posts", 8);
    await expect(consume(organization.id, "posts", 3)).rejects.toMatchObject({ code: "LIMIT_EXCEEDED", message: expect.stringContaining("includes 10 published posts a month: 8 used") });
    await consume(organization.id, "posts", 2);
    expect(await usageOf(organization.id, "posts")).toBe(10);
  });

  it("the trial has Starter's limits; a trial that ended refuses everything until a plan is chosen", async () => {
    const { organization } = await createOwner();
    await setUsage(organization.id, "runs", 20);
    await expect(consume(organization.id, "runs")).rejects.toMatchObject({ message: expect.stringMatching(/^Your free trial includes 20 runs a month: 20 used/) });
    const trialEndsAt = new Date(Date.now() - 86_400_000);
    await db.insert(billingAccounts).values({ organizationId: organization.id, trialEndsAt }).onConflictDoUpdate({ target: billingAccounts.organizationId, set: { trialEndsAt } });
    await expect(consume(organization.id, "posts")).rejects.toMatchObject({ code: "LIMIT_EXCEEDED", message: expect.stringMatching(/^Your free trial ended on .*choose a plan/) });
  });

  it("Pro allows overage past its limit and records it; Enterprise is unlimited", async () => {
    const pro = await createOwner();
    await setPlan(pro.organization.id, "pro");
    await setUsage(pro.organization.id, "runs", 100);
    await consume(pro.organization.id, "runs");
    expect(await usageOf(pro.organization.id, "runs")).toBe(101);
    const ent = await createOwner();
    await setPlan(ent.organization.id, "enterprise");
    await consume(ent.organization.id, "posts", 5000);
    expect(await usageOf(ent.organization.id, "posts")).toBe(5000);
  });

  it("past_due keeps the plan (dunning); a canceled subscription refuses with a clear message", async () => {
    const { organization } = await createOwner();
    await setPlan(organization.id, "starter", "past_due");
    await consume(organization.id, "runs");
    await setPlan(organization.id, "starter", "canceled");
    await expect(consume(organization.id, "runs")).rejects.toMatchObject({ message: "Your subscription is canceled: choose a plan in Settings → Billing to keep going." });
  });

  it("a failed transaction leaves no count behind", async () => {
    const { organization } = await createOwner();
    await setPlan(organization.id, "starter");
    await transaction(async ({ tx }) => {
      await consumeQuota(tx, { organizationId: organization.id, metric: "runs" });
      throw new Error("the use failed after the quota");
    }).catch(() => undefined);
    expect(await usageOf(organization.id, "runs")).toBe(0);
  });

  it("two concurrent requests for the last unit: exactly one succeeds", async () => {
    const { organization } = await createOwner();
    await setPlan(organization.id, "starter");
    await setUsage(organization.id, "runs", 19);
    const results = await Promise.allSettled([consume(organization.id, "runs"), consume(organization.id, "runs")]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.filter((r) => r.status === "rejected");
    expect(rejected).toHaveLength(1);
    expect((rejected[0] as PromiseRejectedResult).reason).toMatchObject({ code: "LIMIT_EXCEEDED" });
    expect(await usageOf(organization.id, "runs")).toBe(20);
  });
});

describe("releaseQuota, recordUsage, usageSummary", () => {
  it("gives posts back (never below zero) and meters tokens without a limit", async () => {
    const { organization } = await createOwner();
    await setPlan(organization.id, "starter");
    await setUsage(organization.id, "posts", 10);
    await transaction(({ tx }) => releaseQuota(tx, { organizationId: organization.id, metric: "posts", amount: 2 }));
    expect(await usageOf(organization.id, "posts")).toBe(8);
    await transaction(({ tx }) => releaseQuota(tx, { organizationId: organization.id, metric: "posts", amount: 50 }));
    expect(await usageOf(organization.id, "posts")).toBe(0);
    await transaction(({ tx }) => recordUsage(tx, { organizationId: organization.id, metric: "tokens", amount: 1_000_000 }));
    const summary = await usageSummary(organization.id);
    expect(summary).toMatchObject({ enabled: true, plan: { id: "starter", name: "Starter" }, status: "active" });
    expect(summary.usage).toEqual([
      { metric: "runs", label: "Generation runs", used: 0, limit: 20 },
      { metric: "posts", label: "Published posts", used: 0, limit: 10 },
      { metric: "channels", label: "Connected platforms", used: 0, limit: 2 },
      { metric: "tokens", label: "AI tokens", used: 1_000_000, limit: null },
    ]);
  });

  it("with billing disabled nothing is limited, usage is still recorded, and the summary says disabled", async () => {
    const { organization } = await createOwner();
    await setPlan(organization.id, "starter");
    await setUsage(organization.id, "runs", 20);
    const previous = configureBilling(null);
    try {
      await consume(organization.id, "runs", 5);
      expect(await usageOf(organization.id, "runs")).toBe(25);
      const summary = await usageSummary(organization.id);
      expect(summary.enabled).toBe(false);
      expect(summary.usage[0]).toMatchObject({ used: 25, limit: null });
    } finally {
      configureBilling(previous);
    }
    expect(stripe.config.secretKey).toBe("sk_test_local");
  });
});
