/**
 * Abuse limits in the shared PostgreSQL limiter: generation runs per workspace (content.request,
 * review.regenerate) and client review-link decisions per workspace (blog searches per client
 * address: blog-search-limit.test.ts). Each limit is reached with real calls after the
 * window was filled to one below it; refusals are 429 with a plain message and write nothing.
 */
import { fetchRequestHandler } from "@trpc/server/adapters/fetch";
import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { db } from "@/server/db/client";
import { contentItems } from "@/server/db/schema";
import { appRouter } from "@/server/routers/app";
import { abuseRules } from "@/server/security/abuse-limits";
import { createInnerContext } from "@/server/trpc/context";
import { socialRequest } from "../content/support/fixtures";
import { callerFor, createOwner, uniqueIp } from "../factories/users";
import { approvalsOf, createReviewItem, reviewWorkspace, setSteps } from "../review/review-factory";
import { fillWindow } from "./fill-window";

const items = async (workspaceId: string) => (await db.select().from(contentItems).where(eq(contentItems.workspaceId, workspaceId))).length;

/** content.request over HTTP through the real tRPC fetch handler, as the browser's client sends it. */
async function requestOverHttp(owner: Awaited<ReturnType<typeof createOwner>>) {
  const req = new Request("http://localhost/api/trpc/content.request", {
    method: "POST",
    headers: { "content-type": "application/json" },
    body: JSON.stringify({ json: { workspaceSlug: owner.workspace.slug, ...socialRequest } }),
  });
  const res = await fetchRequestHandler({ endpoint: "/api/trpc", req, router: appRouter, createContext: () => createInnerContext({ user: owner.user, ip: uniqueIp() }) });
  return { status: res.status, body: (await res.json()) as { error?: { json: { message: string } } } };
}

describe("generation runs per workspace", () => {
  it("the request at the limit goes through, the next is 429 with a plain message and writes nothing; other workspaces are unaffected", async () => {
    const owner = await createOwner();
    const limit = env.GENERATIONS_PER_WORKSPACE_PER_HOUR;
    await fillWindow(abuseRules.generationWorkspace, owner.workspace.id, limit - 1);
    expect((await requestOverHttp(owner)).status).toBe(200);
    const before = await items(owner.workspace.id);
    const refused = await requestOverHttp(owner);
    expect(refused.status).toBe(429);
    expect(refused.body.error?.json.message).toMatch(new RegExp(`^This workspace has started ${limit} generations this hour, its limit\\. Try again in \\d+ (seconds?|minutes?)\\.$`));
    expect(await items(owner.workspace.id)).toBe(before);
    const other = await createOwner();
    expect((await requestOverHttp(other)).status).toBe(200);
  });

  it("regenerating counts against the same limit", async () => {
    const w = await reviewWorkspace();
    const item = await createReviewItem(w.workspace.id, w.editor);
    await fillWindow(abuseRules.generationWorkspace, w.workspace.id, env.GENERATIONS_PER_WORKSPACE_PER_HOUR);
    await expect(callerFor(w.reviewer).review.regenerate({ workspaceSlug: w.slug, contentItemId: item.id, feedback: "Shorter" })).rejects.toMatchObject({ code: "TOO_MANY_REQUESTS" });
    const [row] = await db.select().from(contentItems).where(eq(contentItems.id, item.id));
    expect(row!.status).toBe("in_review");
  });
});

describe("review-link decisions per workspace", () => {
  it("a decision over the workspace's limit is refused (429) and records nothing, from any address", async () => {
    const w = await reviewWorkspace();
    await setSteps(w.workspace.id, [{ name: "Client", kind: "client" }]);
    const item = await createReviewItem(w.workspace.id, w.editor);
    const link = await callerFor(w.reviewer).reviewLink.create({ workspaceSlug: w.slug, contentItemId: item.id });
    const token = link.url.split("/r/")[1]!;
    await fillWindow(abuseRules.reviewLinkDecisionWorkspace, w.workspace.id, env.REVIEW_LINK_DECISIONS_PER_WORKSPACE_PER_HOUR);
    await expect(callerFor(null).reviewLink.decide({ token, decision: "approve", name: "Ana" })).rejects.toMatchObject({
      code: "TOO_MANY_REQUESTS",
      message: expect.stringMatching(/^This workspace's review links have taken \d+ decisions this hour, their limit\. Try again in/),
    });
    expect(await approvalsOf(item.id)).toHaveLength(0);
  });

  it("below the limit the decision is taken", async () => {
    const w = await reviewWorkspace();
    await setSteps(w.workspace.id, [{ name: "Client", kind: "client" }]);
    const item = await createReviewItem(w.workspace.id, w.editor);
    const link = await callerFor(w.reviewer).reviewLink.create({ workspaceSlug: w.slug, contentItemId: item.id });
    await fillWindow(abuseRules.reviewLinkDecisionWorkspace, w.workspace.id, env.REVIEW_LINK_DECISIONS_PER_WORKSPACE_PER_HOUR - 1);
    await expect(callerFor(null).reviewLink.decide({ token: link.url.split("/r/")[1]!, decision: "approve", name: "Ana" })).resolves.toMatchObject({ status: "approved" });
  });
});
