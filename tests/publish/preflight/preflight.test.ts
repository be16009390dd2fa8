/**
 * Pre-flight (issue #14): before a scheduled post's slot, a revoked token and an over-quota plan
 * mark the job at risk with the fix and tell its people once; a healthy job is not flagged; a fix
 * clears the mark; each window is checked once per run time. Real database, real connectors
 * against the local Mastodon fake, billing against the local Stripe.
 */
import { eq } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { channels } from "@/server/db/schema";
import { openCredentials } from "@/server/publish/channels/credentials";
import { jobsDueForPreflight } from "@/server/publish/preflight/find-due";
import { preflightJob } from "@/server/publish/preflight/preflight-job";
import { closeDbosClient } from "@/server/workflows/dbos-client";
import { setPlan, setUsage, useLocalStripe } from "../../billing/harness";
import { callerFor } from "../../factories/users";
import { createReviewItem, setSteps } from "../../review/review-factory";
import { startMastodonFake } from "../fakes/mastodon-server";
import { approveAs, insertChannel, jobRow, notificationsOf, publishWorkspace } from "../publish-factory";

useLocalStripe();
let masto: Awaited<ReturnType<typeof startMastodonFake>>;
beforeAll(async () => {
  masto = await startMastodonFake();
});
afterAll(async () => {
  await masto.server.close();
  await closeDbosClient();
});

const token = (channel: { id: string; credentialsSealed: string | null }) => openCredentials(channel.id, channel.credentialsSealed).accessToken;
const hours = (n: number) => new Date(Date.now() + n * 3600_000);

async function scheduled(channelKind: "mastodon" | "webhook", token?: string) {
  const ws = await publishWorkspace();
  await setPlan(ws.workspace.organizationId, "starter");
  const channel =
    channelKind === "mastodon"
      ? await insertChannel(ws.workspace.id, "mastodon", { serviceUrl: masto.instanceUrl, externalAccountId: masto.account.id, credentials: { accessToken: token ?? masto.issueToken() } })
      : await insertChannel(ws.workspace.id, "webhook", { serviceUrl: "https://hooks.example.test/in", credentials: { signingSecret: "whsec_c2VjcmV0" } });
  const { jobIds } = await approveAs(ws.admin, ws.slug, ws.item, { channelIds: [channel.id], scheduledFor: hours(3).toISOString(), timezone: "UTC" });
  return { ws, channel, job: await jobRow(jobIds[0]!) };
}
const check = (job: { id: string; workspaceId: string }, window: "24h" | "1h", now?: Date) => preflightJob({ jobId: job.id, workspaceId: job.workspaceId }, window, now);
const dueIds = async (now = new Date()) => (await jobsDueForPreflight(now, 10_000)).map((d) => d.jobId);

describe("pre-flight", () => {
  it("a revoked token: at risk with 'reconnect', the channel marked, its people told once", async () => {
    const token = masto.issueToken();
    const { ws, channel, job } = await scheduled("mastodon", token);
    masto.revoke(token);
    expect(await dueIds()).toContain(job.id);
    expect(await check(job, "24h")).toBe("at_risk");
    const flagged = await jobRow(job.id);
    // (A worker's own sweep may have got there first and already seen the channel marked: same fix.)
    expect(flagged.risk).toMatchObject({ reason: expect.stringMatching(/^(token_refused|channel_needs_reconnect)$/), fix: "reconnect", window: "24h" });
    expect(flagged.status).toBe("scheduled");
    const [row] = await db.select().from(channels).where(eq(channels.id, channel.id));
    expect(row!.status).toBe("needs_reconnect");
    const notes = await notificationsOf(ws.workspace.id, "publish.at_risk");
    expect(notes.map((n) => n.userId).sort()).toEqual([ws.editor.id, ws.admin.id].sort());
    expect(notes[0]!.link).toBe(`/${ws.slug}/channels`);
    expect(notes[0]!.body).toMatch(/Reconnect the channel/);
    // At-risk jobs are re-checked each sweep; the same fix is not announced again.
    expect(await dueIds()).toContain(job.id);
    await check(job, "24h");
    expect((await jobRow(job.id)).risk).toMatchObject({ reason: "channel_needs_reconnect", fix: "reconnect" });
    expect(await notificationsOf(ws.workspace.id, "publish.at_risk")).toHaveLength(2);
  });

  it("a sweep asks a channel's platform once, however many of its posts are due", async () => {
    const { ws, channel, job } = await scheduled("mastodon");
    const item2 = await createReviewItem(ws.workspace.id, ws.editor);
    const second = (await approveAs(ws.admin, ws.slug, item2, { channelIds: [channel.id], scheduledFor: hours(4).toISOString(), timezone: "UTC" })).jobIds[0]!;
    const asked = () => masto.server.requests.filter((r) => r.path === "/api/v1/accounts/verify_credentials" && r.headers.authorization === `Bearer ${token(channel)}`).length;
    const before = asked();
    const sweep = new Map();
    expect(await preflightJob({ jobId: job.id, workspaceId: ws.workspace.id }, "24h", new Date(), sweep)).toBe("ok");
    expect(await preflightJob({ jobId: second, workspaceId: ws.workspace.id }, "24h", new Date(), sweep)).toBe("ok");
    expect(asked() - before).toBe(1);
  });

  it("an over-quota plan: at risk with 'upgrade'; back within quota, the mark clears", async () => {
    const { ws, job } = await scheduled("webhook");
    await setUsage(ws.workspace.organizationId, "posts", 11);
    expect(await check(job, "24h")).toBe("at_risk");
    expect((await jobRow(job.id)).risk).toMatchObject({ reason: "over_quota", fix: "upgrade", message: expect.stringContaining("includes 10 published posts a month: 11 used") });
    const [note] = await notificationsOf(ws.workspace.id, "publish.at_risk");
    expect(note!.link).toBe(`/${ws.slug}/settings/billing`);
    // The jobs list and the calendar carry it (what the "At risk" marks show), to any member.
    const viewer = callerFor(ws.viewer).publish;
    const listed = (await viewer.jobs({ workspaceSlug: ws.slug })).items.find((j) => j.id === job.id);
    expect(listed?.risk).toMatchObject({ reason: "over_quota", fix: "upgrade" });
    const entries = await viewer.calendar({ workspaceSlug: ws.slug, from: new Date().toISOString(), to: hours(48).toISOString() });
    expect(entries.find((e) => e.jobId === job.id)?.risk).toMatchObject({ fix: "upgrade" });
    await setUsage(ws.workspace.organizationId, "posts", 10);
    expect(await check(job, "24h")).toBe("ok");
    expect((await jobRow(job.id)).risk).toBeNull();
    expect(await dueIds()).not.toContain(job.id);
  });

  it("a healthy job is not flagged, is checked once per window, and again within the last hour", async () => {
    const { ws, job } = await scheduled("mastodon");
    expect(await check(job, "24h")).toBe("ok");
    const checked = await jobRow(job.id);
    expect(checked.risk).toBeNull();
    expect(checked.preflightMark).toBe(`24h:${job.runAt.getTime()}`);
    expect(await dueIds()).not.toContain(job.id);
    const lastHour = new Date(job.runAt.getTime() - 30 * 60_000);
    expect((await jobsDueForPreflight(lastHour, 10_000)).find((d) => d.jobId === job.id)?.window).toBe("1h");
    expect(await check(job, "1h", lastHour)).toBe("ok");
    expect((await dueIds(lastHour))).not.toContain(job.id);
    expect(await notificationsOf(ws.workspace.id, "publish.at_risk")).toEqual([]);
  });

  it("a review policy that now asks for another approval: at risk with 'approve'; a moved post is checked again for its new time", async () => {
    const { ws, job } = await scheduled("webhook");
    expect(await check(job, "24h")).toBe("ok");
    await callerFor(ws.editor).publish.reschedule({ workspaceSlug: ws.slug, jobId: job.id, runAt: hours(5).toISOString(), timezone: "UTC" });
    expect(await dueIds()).toContain(job.id);
    await setSteps(ws.workspace.id, [{ name: "Editor", kind: "role" }, { name: "Lead", kind: "role" }]);
    expect(await check(await jobRow(job.id), "24h")).toBe("at_risk");
    expect((await jobRow(job.id)).risk).toMatchObject({ reason: "not_approved", fix: "approve" });
    const [note] = await notificationsOf(ws.workspace.id, "publish.at_risk");
    expect(note!.link).toBe(`/${ws.slug}/review/${ws.item.id}`);
  });
});
