/**
 * The publish workflow end to end: approval in this process, the real worker as a child process,
 * X played by a local server speaking its API, the blog written in the database.
 */
import { and, eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { blogPosts, channels } from "@/server/db/schema";
import { closeDbosClient } from "@/server/workflows/dbos-client";
import { callerFor } from "../../factories/users";
import { itemRow } from "../../review/review-factory";
import { approveAs, attemptsOf, blogChannelOf, notificationsOf, publishWorkspace, waitForJob } from "../publish-factory";
import { xRateLimited } from "../fakes/x-server";
import { createPublishHarness, uniqueXText, xChannel } from "./harness";

const h = createPublishHarness();
beforeAll(() => h.start(), 60_000);
afterAll(async () => {
  await h.stop();
  await closeDbosClient();
});

const settled = (job: { status: string }) => job.status === "published" || job.status === "failed";

describe("publish workflow", () => {
  it("publishes a blog post into the blog and the item becomes published", async () => {
    const ws = await publishWorkspace({ kind: "blog" });
    const blog = await blogChannelOf(ws.workspace.id);
    const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [blog.id] });
    const job = await waitForJob(jobIds[0]!, settled);
    expect(job.status).toBe("published");
    const [post] = await db.select().from(blogPosts).where(eq(blogPosts.contentItemId, ws.item.id));
    expect(post).toMatchObject({ workspaceId: ws.workspace.id, title: "Version 1", body: "Body 1", publishJobId: job.id });
    expect(job.permalink).toBe(`${process.env.APP_URL}/blog/${ws.slug}/${post!.slug}`);
    expect((await itemRow(ws.item.id)).status).toBe("published");

    // Unpublish hides it from readers; restoring brings back the same URL.
    const editor = callerFor(ws.editor);
    await editor.publish.setBlogPostVisibility({ workspaceSlug: ws.slug, contentItemId: ws.item.id, visible: false });
    const [hidden] = await db.select().from(blogPosts).where(eq(blogPosts.contentItemId, ws.item.id));
    expect(hidden!.unpublishedAt).not.toBeNull();
    await expect(editor.publish.setBlogPostVisibility({ workspaceSlug: ws.slug, contentItemId: ws.item.id, visible: false })).rejects.toMatchObject({ code: "CONFLICT" });
    const restored = await editor.publish.setBlogPostVisibility({ workspaceSlug: ws.slug, contentItemId: ws.item.id, visible: true });
    expect(restored).toEqual({ slug: post!.slug, unpublishedAt: null });
  });

  it("posts to X once, records the tweet id and permalink", async () => {
    const ws = await publishWorkspace();
    const text = await uniqueXText(ws.item.id);
    const channel = await xChannel(h, ws.workspace.id);
    const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [channel.id] });
    const job = await waitForJob(jobIds[0]!, settled);
    const posted = h.x.posts.filter((p) => p.text === text);
    expect(posted).toHaveLength(1);
    expect(job).toMatchObject({ status: "published", externalId: posted[0]!.id, attempts: 1 });
    expect(job.permalink).toContain(posted[0]!.id);
    expect((await attemptsOf(job.id)).map((a) => a.outcome)).toEqual(["succeeded"]);
    expect((await itemRow(ws.item.id)).status).toBe("published");
  });

  it("retries a server error with backoff, then publishes", async () => {
    const ws = await publishWorkspace();
    const text = await uniqueXText(ws.item.id);
    const channel = await xChannel(h, ws.workspace.id);
    h.x.server.failNext({ method: "POST", path: /^\/2\/tweets$/ }, { status: 503, json: { title: "Service Unavailable", detail: "Over capacity", type: "about:blank", status: 503 } });
    const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [channel.id] });
    const job = await waitForJob(jobIds[0]!, settled);
    expect(job.status).toBe("published");
    expect((await attemptsOf(job.id)).map((a) => a.outcome)).toEqual(["transient", "succeeded"]);
    expect(h.x.posts.filter((p) => p.text === text)).toHaveLength(1);
  });

  it("waits out X's 429 until its reset time, then publishes", async () => {
    const ws = await publishWorkspace();
    await uniqueXText(ws.item.id);
    const channel = await xChannel(h, ws.workspace.id);
    h.x.server.failNext({ method: "POST", path: /^\/2\/tweets$/ }, xRateLimited(Math.ceil(Date.now() / 1000) + 1));
    const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [channel.id] });
    const job = await waitForJob(jobIds[0]!, settled);
    expect(job.status).toBe("published");
    const attempts = await attemptsOf(job.id);
    expect(attempts.map((a) => [a.outcome, a.httpStatus])).toEqual([["rate_limited", 429], ["succeeded", null]]);
  });

  it("a revoked token that cannot be refreshed stops the job, marks the channel for reconnecting and tells the author", async () => {
    const ws = await publishWorkspace();
    await uniqueXText(ws.item.id);
    const channel = await xChannel(h, ws.workspace.id, { accessToken: "revoked-token", refreshToken: "revoked-refresh" });
    const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [channel.id] });
    const job = await waitForJob(jobIds[0]!, settled);
    expect(job.status).toBe("failed");
    expect(job.lastError).toMatchObject({ permanent: true });
    const [row] = await db.select().from(channels).where(eq(channels.id, channel.id));
    expect(row!.status).toBe("needs_reconnect");
    expect(row!.statusReason).toBeTruthy();
    const notes = await notificationsOf(ws.workspace.id, "publish.failed");
    expect(notes.map((n) => n.userId)).toContain(ws.editor.id);
    expect((await itemRow(ws.item.id)).status).toBe("failed");
  });

  it("content the platform refuses goes to the dead letter at once, the channel stays active; with the blog done the item is partially published", async () => {
    const first = await publishWorkspace();
    const text = await uniqueXText(first.item.id);
    const channel = await xChannel(h, first.workspace.id);
    await waitForJob((await approveAs(first.admin, first.slug, first.item, { channelIds: [channel.id] })).jobIds[0]!, settled);
    // The same text again: X refuses duplicate content (403).
    const { createReviewItem } = await import("../../review/review-factory");
    const again = await createReviewItem(first.workspace.id, first.editor, { kind: "blog" });
    await db.execute(sql`update content_versions set posts = ${JSON.stringify([{ platform: "x", parts: [text] }])}::jsonb where content_item_id = ${again.id}`);
    const blog = await blogChannelOf(first.workspace.id);
    const { jobIds } = await approveAs(first.admin, first.slug, again, { channelIds: [channel.id, blog.id] });
    const jobs = await Promise.all(jobIds.map((id) => waitForJob(id, settled)));
    const xJob = jobs.find((j) => j.channelId === channel.id)!;
    expect(xJob).toMatchObject({ status: "failed", attempts: 1 });
    expect(xJob.lastError?.message).toMatch(/same as a post already on this account/);
    const [row] = await db.select().from(channels).where(and(eq(channels.id, channel.id)));
    expect(row!.status).toBe("active");
    expect((await itemRow(again.id)).status).toBe("partially_published");
  });
});
