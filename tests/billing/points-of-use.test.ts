/**
 * Quotas where they are used: content.request, review.regenerate and content.retryRun refuse a
 * run over the plan (and write nothing), generation steps meter tokens, channel connects keep to
 * the plan's platforms even when two race for the last slot.
 */
import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { assertChannelAllowed } from "@/server/billing/quota";
import { db } from "@/server/db/client";
import { channels, contentItems, generationRuns } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { recordStep } from "@/server/generation/record-step";
import { socialRequest } from "../content/support/fixtures";
import { seedContent, snapshotContent } from "../content/support/seed-content";
import { formErrorsOf } from "../factories/errors";
import { callerFor, createOwner } from "../factories/users";
import { createReviewItem } from "../review/review-factory";
import { setPlan, setUsage, useLocalStripe, usageOf } from "./harness";

useLocalStripe();

async function starterAtLimit() {
  const owner = await createOwner();
  await setPlan(owner.organization.id, "starter");
  await setUsage(owner.organization.id, "runs", 20);
  return { ...owner, caller: callerFor(owner.user), slug: owner.workspace.slug };
}

describe("runs", () => {
  it("content.request over the plan is refused with the plan's message and writes nothing", async () => {
    const { caller, slug, workspace } = await starterAtLimit();
    const before = await snapshotContent(workspace.id);
    const error = await formErrorsOf(caller.content.request({ workspaceSlug: slug, ...socialRequest }));
    expect(error.code).toBe("FORBIDDEN");
    expect(error.message).toMatch(/^Your Starter plan includes 20 runs a month: 20 used, resets on \d+ \w+\. Upgrade to Pro for 100\.$/);
    expect(await snapshotContent(workspace.id)).toEqual(before);
  });

  it("review.regenerate over the plan is refused and the item stays where it was", async () => {
    const { caller, slug, workspace, user } = await starterAtLimit();
    const item = await createReviewItem(workspace.id, user, { status: "changes_requested" });
    await expect(caller.review.regenerate({ workspaceSlug: slug, contentItemId: item.id, feedback: "Shorter, please." })).rejects.toMatchObject({
      message: expect.stringContaining("includes 20 runs a month"),
    });
    const [row] = await db.select().from(contentItems).where(eq(contentItems.id, item.id));
    expect(row?.status).toBe("changes_requested");
    expect(await db.select().from(generationRuns).where(eq(generationRuns.contentItemId, item.id))).toEqual([]);
  });

  it("content.retryRun over the plan is refused and the run stays failed", async () => {
    const { caller, slug, workspace } = await starterAtLimit();
    const ids = await seedContent(workspace.id);
    await expect(caller.content.retryRun({ workspaceSlug: slug, runId: ids.failedRunId })).rejects.toMatchObject({ message: expect.stringContaining("20 used") });
    const [run] = await db.select().from(generationRuns).where(eq(generationRuns.id, ids.failedRunId));
    expect(run?.status).toBe("failed");
  });

  it("under the limit a regenerate counts one run", async () => {
    const owner = await createOwner();
    await setPlan(owner.organization.id, "starter");
    await setUsage(owner.organization.id, "runs", 19);
    const item = await createReviewItem(owner.workspace.id, owner.user, { status: "changes_requested" });
    const caller = callerFor(owner.user);
    const { runId } = await caller.review.regenerate({ workspaceSlug: owner.workspace.slug, contentItemId: item.id, feedback: "Warmer." });
    expect(await usageOf(owner.organization.id, "runs")).toBe(20);
    // No worker here: cancel the queued workflow so no other file's generation worker picks it up.
    await caller.content.cancelRun({ workspaceSlug: owner.workspace.slug, runId });
  });
});

describe("tokens", () => {
  it("every recorded generation step adds its tokens to the organization's period", async () => {
    const { workspace, organization } = await createOwner();
    const ids = await seedContent(workspace.id);
    const at = new Date();
    await transaction(({ tx }) =>
      recordStep(tx, { runId: ids.failedRunId, workspaceId: workspace.id }, { stage: "draft", round: 0, provider: "openai", model: "m", tokensIn: 1200, tokensOut: 300, costUsd: 0.01, startedAt: at, finishedAt: at, outcome: "failed", attempts: [] }),
    );
    expect(await usageOf(organization.id, "tokens")).toBe(1500);
  });
});

describe("channels", () => {
  const connect = (workspaceId: string, organizationId: string, kind: "x" | "linkedin" | "bluesky" | "webhook" | "mastodon") =>
    transaction(async ({ tx }) => {
      await assertChannelAllowed(tx, { organizationId, kind });
      await tx.insert(channels).values({ workspaceId, kind, name: `${kind} account`, externalAccountId: crypto.randomUUID() });
    });

  it("Starter allows two platforms across the organization's workspaces; the blog, webhooks and a second account on a connected platform are free", async () => {
    const { workspace, organization } = await createOwner();
    await setPlan(organization.id, "starter");
    await connect(workspace.id, organization.id, "x");
    await connect(workspace.id, organization.id, "linkedin");
    await connect(workspace.id, organization.id, "x");
    await connect(workspace.id, organization.id, "webhook");
    await expect(connect(workspace.id, organization.id, "bluesky")).rejects.toMatchObject({
      code: "LIMIT_EXCEEDED",
      message: "Your Starter plan includes 2 connected platforms (connected: LinkedIn, X); the blog and webhooks do not count. Disconnect one or upgrade to Pro for every platform.",
    });
    await setPlan(organization.id, "pro");
    await connect(workspace.id, organization.id, "bluesky");
    expect(await db.select().from(channels).where(and(eq(channels.workspaceId, workspace.id), eq(channels.kind, "bluesky")))).toHaveLength(1);
  });

  it("two concurrent connects of new platforms for the last slot: exactly one succeeds", async () => {
    const { workspace, organization } = await createOwner();
    await setPlan(organization.id, "starter");
    await connect(workspace.id, organization.id, "x");
    const results = await Promise.allSettled([connect(workspace.id, organization.id, "bluesky"), connect(workspace.id, organization.id, "mastodon")]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    expect((results.find((r) => r.status === "rejected") as PromiseRejectedResult).reason).toMatchObject({ code: "LIMIT_EXCEEDED" });
  });
});
