import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { channels, publishJobs } from "@/server/db/schema/publish";
import { openCredentials } from "@/server/publish/channels/credentials";
import { Webhook } from "standardwebhooks";
import { webhookConnector } from "@/server/publish/connectors/webhook/connector";
import { callerFor, createOwner } from "../../factories/users";
import { formErrorsOf } from "../../factories/errors";
import { createReviewItem } from "../../review/review-factory";
import { startBlueskyFake, type BlueskyFake } from "../fakes/bluesky-server";
import { startWebhookFake } from "../fakes/webhook-server";
import { channelAudit } from "./channel-factory";

let owner: Awaited<ReturnType<typeof createOwner>>;
let bsky: BlueskyFake;
const rawRow = async (id: string) => (await db.select().from(channels).where(eq(channels.id, id)))[0]!;

beforeAll(async () => {
  owner = await createOwner();
  bsky = await startBlueskyFake();
});
afterAll(() => bsky.server.close());
const api = () => callerFor(owner.user);
const slug = () => owner.workspace.slug;

describe("channels", () => {
  it("a new workspace has its blog channel, named after the workspace, listed first", async () => {
    const list = await api().channel.list({ workspaceSlug: slug() });
    expect(list[0]).toMatchObject({ kind: "blog", name: owner.workspace.name, status: "active" });
    expect(list[0]).not.toHaveProperty("credentialsSealed");
    await expect(api().channel.disconnect({ workspaceSlug: slug(), channelId: list[0]!.id })).rejects.toMatchObject({ code: "CONFLICT" });
  });

  it("available: every kind but the blog; app-password and webhook kinds need no operator setup", async () => {
    const available = await api().channel.available({ workspaceSlug: slug() });
    expect(available.map((a) => a.kind)).not.toContain("blog");
    expect(available.find((a) => a.kind === "bluesky")).toMatchObject({ auth: "app_password", configured: true, threads: true });
    expect(available.find((a) => a.kind === "mastodon")).toMatchObject({ needsServiceUrl: true, configured: true });
  });

  it("connectBluesky checks the app password, stores it sealed (raw column holds no secret; opens only under its own channel id)", async () => {
    const channel = await api().channel.connectBluesky({ workspaceSlug: slug(), serviceUrl: bsky.serviceUrl, identifier: "@" + bsky.account.handle, appPassword: bsky.account.appPassword });
    expect(channel).toMatchObject({ kind: "bluesky", name: bsky.account.displayName, handle: bsky.account.handle, serviceUrl: bsky.serviceUrl });
    const row = await rawRow(channel.id);
    expect(row.externalAccountId).toBe(bsky.account.did);
    const creds = openCredentials(row.id, row.credentialsSealed);
    expect(creds).toMatchObject({ identifier: bsky.account.handle, appPassword: bsky.account.appPassword, accessToken: expect.any(String) });
    for (const secret of [creds.appPassword!, creds.accessToken!, creds.refreshToken!]) expect(row.credentialsSealed).not.toContain(secret);
    expect(row.credentialsSealed).toMatch(/^v1\./);
    expect(() => openCredentials(crypto.randomUUID(), row.credentialsSealed)).toThrow();
    const [audit] = await channelAudit(owner.workspace.id, "channel.connected");
    expect(JSON.stringify(audit!.changes)).not.toContain(bsky.account.appPassword);
  });

  it("connectBluesky with a wrong app password → a field error, nothing saved", async () => {
    const before = (await api().channel.list({ workspaceSlug: slug() })).length;
    const error = await formErrorsOf(api().channel.connectBluesky({ workspaceSlug: slug(), serviceUrl: bsky.serviceUrl, identifier: bsky.account.handle, appPassword: "zzzz-zzzz-zzzz-zzzz" }));
    expect(error).toMatchObject({ code: "BAD_REQUEST", field: "appPassword" });
    const main = await formErrorsOf(api().channel.connectBluesky({ workspaceSlug: slug(), serviceUrl: bsky.serviceUrl, identifier: bsky.account.handle, appPassword: "my main password" }));
    expect(main.fieldErrors.appPassword?.[0]).toContain("app password");
    expect((await api().channel.list({ workspaceSlug: slug() })).length).toBe(before);
  });

  it("connectWebhook returns the signing secret once; deliveries are signed with it", async () => {
    const receiver = await startWebhookFake();
    try {
      const { channel, signingSecret } = await api().channel.connectWebhook({ workspaceSlug: slug(), name: "Zapier", url: receiver.url });
      receiver.setSecret(signingSecret);
      expect(JSON.stringify(await api().channel.list({ workspaceSlug: slug() }))).not.toContain(signingSecret);
      const row = await rawRow(channel.id);
      expect(row.credentialsSealed).not.toContain(signingSecret);
      const creds = openCredentials(row.id, row.credentialsSealed);
      const ctx = { http: fetch, endpoints: {}, channel: { id: row.id, kind: row.kind, externalAccountId: row.externalAccountId, handle: row.handle, serviceUrl: row.serviceUrl, credentials: creds } };
      await webhookConnector.publish(ctx, { contentItemId: "i", title: "t", body: "b", parts: ["b"], tags: [], media: [] }, "key-1");
      const sent = receiver.server.requests.at(-1)!;
      expect(new Webhook(signingSecret).verify(sent.body, sent.headers as Record<string, string>)).toMatchObject({ idempotencyKey: "key-1" });
    } finally {
      await receiver.server.close();
    }
  });

  it("setQueueSchedule stores sorted slots in a time zone; bad zones, times and duplicates are field errors", async () => {
    const [blog] = await api().channel.list({ workspaceSlug: slug() });
    const saved = await api().channel.setQueueSchedule({ workspaceSlug: slug(), channelId: blog!.id, timezone: "Europe/Berlin", slots: [{ day: 3, time: "13:00" }, { day: 1, time: "09:00" }] });
    expect(saved.queueSchedule).toEqual({ timezone: "Europe/Berlin", slots: [{ day: 1, time: "09:00" }, { day: 3, time: "13:00" }] });
    expect(await channelAudit(owner.workspace.id, "channel.queue_schedule_set")).toHaveLength(1);
    const bad = (input: { timezone: string; slots: { day: number; time: string }[] }) => formErrorsOf(api().channel.setQueueSchedule({ workspaceSlug: slug(), channelId: blog!.id, ...input }));
    expect((await bad({ timezone: "Mars/Olympus", slots: [] })).fieldErrors.timezone).toBeDefined();
    expect((await bad({ timezone: "UTC", slots: [{ day: 7, time: "09:00" }] })).fieldErrors.slots).toBeDefined();
    expect((await bad({ timezone: "UTC", slots: [{ day: 1, time: "9:00" }] })).fieldErrors.slots).toBeDefined();
    expect((await bad({ timezone: "UTC", slots: [{ day: 1, time: "09:00" }, { day: 1, time: "09:00" }] })).fieldErrors.slots).toBeDefined();
    expect((await bad({ timezone: "UTC", slots: Array.from({ length: 51 }, (_, i) => ({ day: i % 7, time: `${String(Math.floor(i / 7)).padStart(2, "0")}:00` })) })).fieldErrors.slots).toBeDefined();
  });

  it("disconnect is refused while posts wait on the channel (naming how many), then keeps it disabled without credentials for its history", async () => {
    const receiver = await startWebhookFake();
    const { channel } = await api().channel.connectWebhook({ workspaceSlug: slug(), name: "Busy hook", url: receiver.url });
    await receiver.server.close();
    const item = await createReviewItem(owner.workspace.id, owner.user, { status: "in_review" });
    const job = (status: "scheduled" | "retrying" | "published") => ({ workspaceId: owner.workspace.id, contentItemId: item.id, channelId: channel.id, versionNumber: 1, runAt: new Date(Date.now() + 3600_000), status, workflowId: crypto.randomUUID(), idempotencyKey: crypto.randomUUID() });
    await db.insert(publishJobs).values([job("scheduled"), job("retrying"), job("published")]);
    await expect(api().channel.disconnect({ workspaceSlug: slug(), channelId: channel.id })).rejects.toThrow("2 posts are still scheduled or publishing on Busy hook");
    await db.update(publishJobs).set({ status: "cancelled" }).where(eq(publishJobs.channelId, channel.id));
    await api().channel.disconnect({ workspaceSlug: slug(), channelId: channel.id });
    const [kept] = await db.select().from(channels).where(eq(channels.id, channel.id));
    expect(kept).toMatchObject({ status: "disabled", credentialsSealed: null });
    expect(await db.select().from(publishJobs).where(eq(publishJobs.channelId, channel.id))).toHaveLength(3);
    expect(await channelAudit(owner.workspace.id, "channel.disconnected")).toHaveLength(1);
  });

  it("disconnect removes a channel that never published", async () => {
    const receiver = await startWebhookFake();
    const { channel } = await api().channel.connectWebhook({ workspaceSlug: slug(), name: "Idle hook", url: receiver.url });
    await receiver.server.close();
    await api().channel.disconnect({ workspaceSlug: slug(), channelId: channel.id });
    expect(await db.select().from(channels).where(eq(channels.id, channel.id))).toEqual([]);
  });
});
