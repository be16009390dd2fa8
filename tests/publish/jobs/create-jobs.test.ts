import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { approvals, contentVersions, publishJobs } from "@/server/db/schema";
import { callerFor } from "../../factories/users";
import { itemRow } from "../../review/review-factory";
import { approveAs, blogChannelOf, dbosRow, insertChannel, publishWorkspace } from "../publish-factory";

const jobsOf = (itemId: string) => db.select().from(publishJobs).where(eq(publishJobs.contentItemId, itemId));

describe("final approval creates publish jobs", () => {
  it("targets the suggested channels by default: one job each, enqueued on the platform queue in the channel's partition", async () => {
    const ws = await publishWorkspace();
    const x = await insertChannel(ws.workspace.id, "x");
    await insertChannel(ws.workspace.id, "linkedin"); // the version has no LinkedIn post
    await blogChannelOf(ws.workspace.id); // a social item does not go to the blog
    const result = await approveAs(ws.reviewer, ws.slug, ws.item);
    expect(result.jobIds).toHaveLength(1);
    const [job] = await jobsOf(ws.item.id);
    expect(job).toMatchObject({ channelId: x.id, versionNumber: 1, workspaceId: ws.workspace.id });
    expect(Math.abs(job!.runAt.getTime() - Date.now())).toBeLessThan(60_000);
    expect(job!.idempotencyKey).toMatch(/^lc_[0-9a-f]{32}$/);
    const row = await dbosRow(job!.workflowId);
    expect(row).toMatchObject({ queue_name: "publish-x", queue_partition_key: x.id });
  });

  it("a schedule delays the workflow until that time and the item shows scheduled", async () => {
    const ws = await publishWorkspace();
    const x = await insertChannel(ws.workspace.id, "x");
    const at = new Date(Date.now() + 2 * 86_400_000);
    at.setUTCSeconds(0, 0);
    await approveAs(ws.admin, ws.slug, ws.item, { scheduledFor: at.toISOString(), channelIds: [x.id] });
    const [job] = await jobsOf(ws.item.id);
    expect(job!.runAt.toISOString()).toBe(at.toISOString());
    const row = await dbosRow(job!.workflowId);
    expect(row!.status).toBe("DELAYED");
    expect(Number(row!.delay_until_epoch_ms)).toBeGreaterThan(Date.now() + 86_400_000);
    expect((await itemRow(ws.item.id)).status).toBe("scheduled");
  });

  it("add to queue takes each channel's next free slot, and the next item the slot after", async () => {
    const ws = await publishWorkspace();
    const x = await insertChannel(ws.workspace.id, "x", { queueSchedule: { timezone: "Europe/Berlin", slots: [0, 1, 2, 3, 4, 5, 6].map((day) => ({ day, time: "09:00" })) } });
    await approveAs(ws.admin, ws.slug, ws.item, { queue: true, channelIds: [x.id] });
    const [first] = await jobsOf(ws.item.id);
    expect(first!.timezone).toBe("Europe/Berlin");
    const local = new Intl.DateTimeFormat("en-GB", { timeZone: "Europe/Berlin", hour: "2-digit", minute: "2-digit", hourCycle: "h23" }).format(first!.runAt);
    expect(local).toBe("09:00");
    const { createReviewItem } = await import("../../review/review-factory");
    const second = await createReviewItem(ws.workspace.id, ws.editor);
    await approveAs(ws.admin, ws.slug, second, { queue: true, channelIds: [x.id] });
    const [next] = await jobsOf(second.id);
    expect(next!.runAt.getTime() - first!.runAt.getTime()).toBe(86_400_000);
  });

  it("refuses another workspace's channel and writes nothing, not even the approval", async () => {
    const ws = await publishWorkspace();
    const other = await publishWorkspace();
    const foreign = await insertChannel(other.workspace.id, "x");
    await expect(approveAs(ws.admin, ws.slug, ws.item, { channelIds: [foreign.id] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await jobsOf(ws.item.id)).toHaveLength(0);
    expect(await db.select().from(approvals).where(eq(approvals.contentItemId, ws.item.id))).toHaveLength(0);
    expect((await itemRow(ws.item.id)).status).toBe("in_review");
  });

  it("refuses a channel that needs reconnecting and content the platform would refuse, naming the channel", async () => {
    const ws = await publishWorkspace();
    const stale = await insertChannel(ws.workspace.id, "x", { status: "needs_reconnect", name: "Acme on X" });
    await expect(approveAs(ws.admin, ws.slug, ws.item, { channelIds: [stale.id] })).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("Acme on X needs reconnecting") });
    const x = await insertChannel(ws.workspace.id, "x", { name: "Acme X" });
    await db
      .update(contentVersions)
      .set({ posts: [{ platform: "x", parts: ["y".repeat(300)] }] })
      .where(and(eq(contentVersions.contentItemId, ws.item.id), eq(contentVersions.number, 1)));
    await expect(approveAs(ws.admin, ws.slug, ws.item, { channelIds: [x.id] })).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("Acme X") });
    expect(await jobsOf(ws.item.id)).toHaveLength(0);
  });

  it("publish.schedule publishes an approved item once per channel; the same channel twice is a conflict", async () => {
    const ws = await publishWorkspace();
    await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [] });
    expect((await itemRow(ws.item.id)).status).toBe("approved");
    const x = await insertChannel(ws.workspace.id, "x");
    const at = new Date(Date.now() + 86_400_000).toISOString();
    const editor = callerFor(ws.editor);
    const jobs = await editor.publish.schedule({ workspaceSlug: ws.slug, contentItemId: ws.item.id, versionNumber: 1, channelIds: [x.id], when: { mode: "at", scheduledFor: at } });
    expect(jobs).toHaveLength(1);
    await expect(
      editor.publish.schedule({ workspaceSlug: ws.slug, contentItemId: ws.item.id, versionNumber: 1, channelIds: [x.id], when: { mode: "now" } }),
    ).rejects.toMatchObject({ code: "CONFLICT", message: expect.stringContaining("already scheduled") });
    const past = new Date(Date.now() - 60_000).toISOString();
    const y = await insertChannel(ws.workspace.id, "x");
    await expect(
      editor.publish.schedule({ workspaceSlug: ws.slug, contentItemId: ws.item.id, versionNumber: 1, channelIds: [y.id], when: { mode: "at", scheduledFor: past } }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST", message: expect.stringContaining("future") });
  });

  it("publish.schedule refuses items that are not approved", async () => {
    const ws = await publishWorkspace();
    const x = await insertChannel(ws.workspace.id, "x");
    await expect(
      callerFor(ws.editor).publish.schedule({ workspaceSlug: ws.slug, contentItemId: ws.item.id, versionNumber: 1, channelIds: [x.id], when: { mode: "now" } }),
    ).rejects.toMatchObject({ code: "CONFLICT" });
  });
});
