import { beforeAll, describe, expect, it } from "vitest";
import { can, roles, type Permission, type Role } from "@/lib/workspaces/permissions";
import { callerFor, createOwner } from "../../factories/users";
import { addMember } from "../../factories/workspaces";
import { insertChannel, snapshotChannels } from "./channel-factory";

/**
 * Tenancy and roles for every channel procedure: B's owner with A's slug, or with B's slug and
 * A's channel id, gets NOT_FOUND; a role without the permission gets FORBIDDEN; anonymous gets
 * UNAUTHORIZED — and A's channels, connect states, jobs and audit log are unchanged.
 */
type Caller = ReturnType<typeof callerFor>;
type Case = { name: string; permission: Permission; takesIds?: boolean; call: (c: Caller, slug: string, channelId: string) => Promise<unknown> };

const cases: Case[] = [
  { name: "channel.list", permission: "workspace.view", call: (c, slug) => c.channel.list({ workspaceSlug: slug }) },
  { name: "channel.available", permission: "workspace.view", call: (c, slug) => c.channel.available({ workspaceSlug: slug }) },
  { name: "channel.startOAuth", permission: "channels.manage", call: (c, slug) => c.channel.startOAuth({ workspaceSlug: slug, kind: "mastodon", serviceUrl: "http://127.0.0.1:9" }) },
  {
    name: "channel.startOAuth (reconnect)",
    permission: "channels.manage",
    takesIds: true,
    call: (c, slug, id) => c.channel.startOAuth({ workspaceSlug: slug, kind: "webhook", channelId: id }),
  },
  { name: "channel.connectBluesky", permission: "channels.manage", call: (c, slug) => c.channel.connectBluesky({ workspaceSlug: slug, serviceUrl: "http://127.0.0.1:9", identifier: "spy.test", appPassword: "abcd-efgh-ijkl-mnop" }) },
  { name: "channel.connectWebhook", permission: "channels.manage", call: (c, slug) => c.channel.connectWebhook({ workspaceSlug: slug, name: "Spy", url: "https://spy.example.test/hook" }) },
  { name: "channel.disconnect", permission: "channels.manage", takesIds: true, call: (c, slug, id) => c.channel.disconnect({ workspaceSlug: slug, channelId: id }) },
  {
    name: "channel.setQueueSchedule",
    permission: "channels.manage",
    takesIds: true,
    call: (c, slug, id) => c.channel.setQueueSchedule({ workspaceSlug: slug, channelId: id, timezone: "UTC", slots: [{ day: 1, time: "09:00" }] }),
  },
];

let a: Awaited<ReturnType<typeof createOwner>>;
let b: Awaited<ReturnType<typeof createOwner>>;
let channelId: string;
const membersByRole = new Map<Role, Awaited<ReturnType<typeof addMember>>>();

beforeAll(async () => {
  [a, b] = await Promise.all([createOwner(), createOwner()]);
  channelId = (await insertChannel(a.workspace.id, "webhook")).id;
  for (const role of roles.filter((r) => r !== "owner")) membersByRole.set(role, await addMember(a.workspace.id, role));
});

describe("cross-tenant: B's owner with A's slug", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s → NOT_FOUND, nothing changes", async (_n, testCase) => {
    const before = await snapshotChannels(a.workspace.id);
    await expect(testCase.call(callerFor(b.user), a.workspace.slug, channelId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotChannels(a.workspace.id)).toEqual(before);
  });
});

describe("cross-tenant: B's own slug with A's channel id", () => {
  it.each(cases.filter((c) => c.takesIds).map((c) => [c.name, c] as const))("%s → NOT_FOUND, nothing changes", async (_n, testCase) => {
    const before = await snapshotChannels(a.workspace.id);
    await expect(testCase.call(callerFor(b.user), b.workspace.slug, channelId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotChannels(a.workspace.id)).toEqual(before);
  });

  it("channel.list of B shows none of A's channels", async () => {
    const list = await callerFor(b.user).channel.list({ workspaceSlug: b.workspace.slug });
    expect(list.map((c) => c.id)).not.toContain(channelId);
    expect(list.map((c) => c.kind)).toEqual(["blog"]);
  });
});

describe("wrong role", () => {
  const rows = cases.flatMap((c) => roles.filter((role) => !can(role, c.permission)).map((role) => [c.name, role, c] as const));
  it.each(rows)("%s as %s → FORBIDDEN, nothing changes", async (_n, role, testCase) => {
    const before = await snapshotChannels(a.workspace.id);
    await expect(testCase.call(callerFor(membersByRole.get(role)!), a.workspace.slug, channelId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotChannels(a.workspace.id)).toEqual(before);
  });

  it("covers every managing procedure, and every role may list", async () => {
    expect(new Set(rows.map(([name]) => name))).toEqual(new Set(cases.filter((c) => c.permission !== "workspace.view").map((c) => c.name)));
    const viewer = membersByRole.get("viewer")!;
    await expect(callerFor(viewer).channel.list({ workspaceSlug: a.workspace.slug })).resolves.toContainEqual(expect.objectContaining({ id: channelId }));
  });
});

describe("unauthenticated", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s → UNAUTHORIZED", async (_n, testCase) => {
    const before = await snapshotChannels(a.workspace.id);
    await expect(testCase.call(callerFor(null), a.workspace.slug, channelId)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await snapshotChannels(a.workspace.id)).toEqual(before);
  });
});
