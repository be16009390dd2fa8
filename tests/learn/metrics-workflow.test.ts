/**
 * The metrics workflow end to end: the real worker as a child process, X played by a local server
 * speaking its API. Time is controlled through the stored published_at: windows already past are
 * pulled at once, future ones wait (durably) for their wall-clock time.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { blogPostViews, contentItems } from "@/server/db/schema";
import { pullMetrics } from "@/server/learn/pull-metrics";
import { closeDbosClient, dbosClient } from "@/server/workflows/dbos-client";
import { approveAs, blogChannelOf, insertChannel, publishWorkspace, waitForJob } from "../publish/publish-factory";
import { uniqueXText } from "../publish/run/harness";
import { createReviewItem, reviewWorkspace } from "../review/review-factory";
import { createMetricsHarness, insertPublishedJob, patternsOf, snapshotsOf, startMetrics, waitForSnapshots, workflowStatus } from "./metrics-harness";

const h = createMetricsHarness();
beforeAll(() => h.start(), 60_000);
afterAll(async () => {
  await h.stop();
  await closeDbosClient();
});

let postSeq = 0;
/** A post on the fake X with these public metrics. */
function xPost(metrics: Partial<Record<"like_count" | "reply_count" | "retweet_count" | "quote_count" | "bookmark_count" | "impression_count", number>> = {}) {
  const id = String(1_900_000_000_000_000_000n + BigInt(++postSeq) + BigInt(Date.now()) * 1000n);
  h.x.posts.push({ id, authorId: h.x.user.id, text: `metrics ${id}`, inReplyTo: null, mediaIds: [], createdAt: new Date(), metrics: { like_count: 0, reply_count: 0, retweet_count: 0, quote_count: 0, bookmark_count: 0, impression_count: 0, ...metrics } });
  return id;
}

async function xSetup() {
  const ws = await reviewWorkspace();
  const item = await createReviewItem(ws.workspace.id, ws.editor);
  await db.update(contentItems).set({ patterns: { hook: "question", angle: "how-to", format: "single", length: "short" } }).where(eq(contentItems.id, item.id));
  const { access, refresh } = h.x.issueTokens();
  const channel = await insertChannel(ws.workspace.id, "x", { externalAccountId: h.x.user.id, credentials: { accessToken: access, refreshToken: refresh, expiresAt: Date.now() + 3600_000 } });
  return { ws, item, channel };
}

describe("metrics workflow", () => {
  it("pulls every window already past, once each, scores them and feeds the pattern scores once", async () => {
    const { ws, item, channel } = await xSetup();
    const externalId = xPost({ like_count: 40, reply_count: 5, retweet_count: 3, quote_count: 1, bookmark_count: 2, impression_count: 2000 });
    // Published 80 h ago: every window (+6 h, +24 h, +72 h) is already due.
    const job = await insertPublishedJob({ workspaceId: ws.workspace.id, itemId: item.id, channelId: channel.id, externalId, hoursAgo: 80, timezone: "America/New_York" });
    await startMetrics(job);
    await startMetrics(job); // same workflow id: still one workflow
    const rows = await waitForSnapshots(job.id, (r) => r.length === 3, 30_000, h.worker().output);
    expect(rows.map((r) => r.window).sort()).toEqual(["24h", "6h", "72h"]);
    for (const r of rows) {
      expect(r).toMatchObject({ status: "ok", platform: "x", likes: 40, comments: 5, shares: 4, impressions: 2000, saves: 2, attempts: 1 });
      expect(r.patterns).toMatchObject({ hook: "question", angle: "how-to", platform: "x" });
      expect(r.patterns.slot).toMatch(/^[0-6]-(0[0369]|1[258]|21)$/u);
      // First post of the channel: it is its own baseline.
      expect(r.score).toBe(1);
    }
    await expect.poll(() => workflowStatus(job.id), { timeout: 10_000 }).toBe("SUCCESS");
    const learned = (await snapshotsOf(job.id)).filter((r) => r.learnedAt !== null);
    expect(learned.map((r) => r.window)).toEqual(["72h"]);
    const patterns = await patternsOf(ws.workspace.id);
    expect(patterns.map((p) => `${p.dimension}=${p.value}`)).toEqual(["angle=how-to", "format=single", "hook=question", "length=short", `slot=${rows[0]!.patterns.slot}`]);
    expect(patterns.every((p) => p.samples === 1 && p.platform === "x")).toBe(true);

    // A replayed pull step finds its window recorded and writes nothing.
    expect(await pullMetrics({ jobId: job.id, workspaceId: ws.workspace.id }, "6h", 1)).toEqual({ status: "exists" });
    expect(await snapshotsOf(job.id)).toHaveLength(3);
  });

  it("waits for windows that are not due yet (published 7 h ago: only +6 h is pulled)", async () => {
    const { ws, item, channel } = await xSetup();
    const job = await insertPublishedJob({ workspaceId: ws.workspace.id, itemId: item.id, channelId: channel.id, externalId: xPost({ like_count: 3 }), hoursAgo: 7 });
    await startMetrics(job);
    const rows = await waitForSnapshots(job.id, (r) => r.length >= 1, 30_000, h.worker().output);
    expect(rows.map((r) => r.window)).toEqual(["6h"]);
    expect(await workflowStatus(job.id)).toBe("PENDING");
    const steps = await (await dbosClient()).listWorkflowSteps(`metrics:${job.id}`);
    // The workflow is asleep until +24 h after publishing: its last recorded step is the sleep.
    expect(steps?.map((s) => s.name)).toContain("DBOS.sleep");
    expect(await snapshotsOf(job.id)).toHaveLength(1);
  });

  it("retries a failing pull with backoff inside its step", async () => {
    const { ws, item, channel } = await xSetup();
    const externalId = xPost({ like_count: 9, impression_count: 100 });
    h.x.server.failNext({ method: "GET", path: new RegExp(`/2/tweets/${externalId}`) }, { status: 503, json: { title: "Service Unavailable", detail: "Over capacity", type: "about:blank", status: 503 } }, 2);
    const job = await insertPublishedJob({ workspaceId: ws.workspace.id, itemId: item.id, channelId: channel.id, externalId, hoursAgo: 73 });
    await startMetrics(job);
    const rows = await waitForSnapshots(job.id, (r) => r.length === 3, 30_000, h.worker().output);
    const first = rows.find((r) => r.window === "6h")!;
    expect(first).toMatchObject({ status: "ok", likes: 9, attempts: 3 });
    expect(rows.filter((r) => r.window !== "6h").every((r) => r.attempts === 1)).toBe(true);
  });

  it("gives up on a pull that keeps failing, records the miss, and another delivery is not held up", async () => {
    const { ws, item, channel } = await xSetup();
    const failing = xPost({ like_count: 1 });
    const healthy = xPost({ like_count: 2 });
    h.x.server.failNext({ method: "GET", path: new RegExp(`/2/tweets/${failing}`) }, { status: 503, json: { title: "Service Unavailable", detail: "Over capacity", type: "about:blank", status: 503 } }, 100);
    const bad = await insertPublishedJob({ workspaceId: ws.workspace.id, itemId: item.id, channelId: channel.id, externalId: failing, hoursAgo: 73 });
    const good = await insertPublishedJob({ workspaceId: ws.workspace.id, itemId: item.id, channelId: channel.id, externalId: healthy, hoursAgo: 73 });
    await startMetrics(bad);
    await startMetrics(good);
    const goodRows = await waitForSnapshots(good.id, (r) => r.length === 3, 30_000, h.worker().output);
    expect(goodRows.every((r) => r.status === "ok" && r.likes === 2)).toBe(true);
    const badRows = await waitForSnapshots(bad.id, (r) => r.length === 3, 60_000, h.worker().output);
    for (const r of badRows) {
      expect(r).toMatchObject({ status: "missed", attempts: 5, score: null, likes: 0 });
      expect(r.error).toMatch(/^Gave up after 5 tries/u);
    }
    await expect.poll(() => workflowStatus(bad.id), { timeout: 10_000 }).toBe("SUCCESS");
    // Nothing was learned from a delivery without metrics.
    expect(badRows.every((r) => r.learnedAt === null)).toBe(true);
  }, 90_000);

  it("records a deleted post as missed at once (a permanent error is not retried)", async () => {
    const { ws, item, channel } = await xSetup();
    const job = await insertPublishedJob({ workspaceId: ws.workspace.id, itemId: item.id, channelId: channel.id, externalId: "1999999999999999999", hoursAgo: 7 });
    await startMetrics(job);
    const [row] = await waitForSnapshots(job.id, (r) => r.length === 1, 30_000, h.worker().output);
    expect(row).toMatchObject({ window: "6h", status: "missed", attempts: 1 });
    expect(row!.error).toContain("X has no metrics for this post");
  });

  it("publishing to X starts the delivery's metrics workflow", async () => {
    const ws = await publishWorkspace();
    await uniqueXText(ws.item.id);
    const { access, refresh } = h.x.issueTokens();
    const channel = await insertChannel(ws.workspace.id, "x", { externalAccountId: h.x.user.id, credentials: { accessToken: access, refreshToken: refresh, expiresAt: Date.now() + 3600_000 } });
    const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [channel.id] });
    const job = await waitForJob(jobIds[0]!, (j) => j.status === "published" || j.status === "failed");
    expect(job.status).toBe("published");
    // Just published: the workflow is waiting for +6 h.
    await expect.poll(() => workflowStatus(job.id), { timeout: 10_000 }).toBe("PENDING");
    expect(await snapshotsOf(job.id)).toHaveLength(0);
  });

  it("the blog's metrics are its first-party page views", async () => {
    const ws = await publishWorkspace({ kind: "blog" });
    const blog = await blogChannelOf(ws.workspace.id);
    const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [blog.id] });
    const job = await waitForJob(jobIds[0]!, (j) => j.status === "published" || j.status === "failed");
    expect(job.status).toBe("published");
    const today = new Date().toISOString().slice(0, 10);
    await db.insert(blogPostViews).values({ postId: job.externalId!, workspaceId: ws.workspace.id, day: today, views: 37 });
    // The pull step itself (the sleeping workflow will find this window recorded when it wakes).
    expect(await pullMetrics({ jobId: job.id, workspaceId: ws.workspace.id }, "6h", 1)).toEqual({ status: "stored" });
    const [row] = await snapshotsOf(job.id);
    expect(row).toMatchObject({ platform: "blog", views: 37, likes: 0, rawScore: 37, score: 1, status: "ok" });
  });
});
