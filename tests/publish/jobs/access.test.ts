import { asc, eq } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { contentItems, publishJobs } from "@/server/db/schema";
import { can, roles, type Permission, type Role } from "@/lib/workspaces/permissions";
import type { SessionUser } from "@/server/trpc/context";
import { callerFor } from "../../factories/users";
import { approveAs, insertChannel, publishWorkspace } from "../publish-factory";

/**
 * Every publish procedure: B's owner reaching for A (A's slug, or A's ids through B's slug) →
 * NOT_FOUND; roles without the permission → FORBIDDEN; signed out → UNAUTHORIZED — nothing changes.
 */
type Caller = ReturnType<typeof callerFor>;
type Ids = { itemId: string; jobId: string; channelId: string };
type Case = { name: string; permission: Permission; takesIds: boolean; call: (c: Caller, slug: string, ids: Ids) => Promise<unknown> };
const later = () => new Date(Date.now() + 3 * 86_400_000).toISOString();
const range = () => ({ from: new Date().toISOString(), to: new Date(Date.now() + 30 * 86_400_000).toISOString() });
const cases: Case[] = [
  { name: "publish.calendar", permission: "workspace.view", takesIds: false, call: (c, s) => c.publish.calendar({ workspaceSlug: s, ...range() }) },
  { name: "publish.jobs", permission: "workspace.view", takesIds: false, call: (c, s) => c.publish.jobs({ workspaceSlug: s }) },
  { name: "publish.forItem", permission: "workspace.view", takesIds: true, call: (c, s, i) => c.publish.forItem({ workspaceSlug: s, contentItemId: i.itemId }) },
  { name: "publish.targets", permission: "workspace.view", takesIds: true, call: (c, s, i) => c.publish.targets({ workspaceSlug: s, contentItemId: i.itemId }) },
  { name: "publish.nextSlots", permission: "workspace.view", takesIds: true, call: (c, s, i) => c.publish.nextSlots({ workspaceSlug: s, channelIds: [i.channelId] }) },
  {
    name: "publish.schedule",
    permission: "content.publish",
    takesIds: true,
    call: (c, s, i) => c.publish.schedule({ workspaceSlug: s, contentItemId: i.itemId, versionNumber: 1, channelIds: [i.channelId], when: { mode: "now" } }),
  },
  { name: "publish.reschedule", permission: "content.publish", takesIds: true, call: (c, s, i) => c.publish.reschedule({ workspaceSlug: s, jobId: i.jobId, runAt: later() }) },
  { name: "publish.cancel", permission: "content.publish", takesIds: true, call: (c, s, i) => c.publish.cancel({ workspaceSlug: s, jobId: i.jobId }) },
  { name: "publish.setBlogPostVisibility", permission: "content.publish", takesIds: true, call: (c, s, i) => c.publish.setBlogPostVisibility({ workspaceSlug: s, contentItemId: i.itemId, visible: false }) },
  { name: "publish.retry", permission: "content.publish", takesIds: true, call: (c, s, i) => c.publish.retry({ workspaceSlug: s, jobId: i.jobId }) },
];
const rows = cases.map((p) => [p.name, p] as const);

let a: Awaited<ReturnType<typeof publishWorkspace>>;
let b: Awaited<ReturnType<typeof publishWorkspace>>;
let ids: Ids;
const members = new Map<Role, SessionUser>();

const snapshot = async (workspaceId: string) => ({
  jobs: await db.select().from(publishJobs).where(eq(publishJobs.workspaceId, workspaceId)).orderBy(asc(publishJobs.id)),
  items: await db.select().from(contentItems).where(eq(contentItems.workspaceId, workspaceId)).orderBy(asc(contentItems.id)),
});

beforeAll(async () => {
  [a, b] = await Promise.all([publishWorkspace(), publishWorkspace()]);
  members.set("owner", a.user).set("admin", a.admin).set("editor", a.editor).set("reviewer", a.reviewer).set("viewer", a.viewer);
  const channel = await insertChannel(a.workspace.id, "x");
  const { jobIds } = await approveAs(a.admin, a.slug, a.item, { scheduledFor: later(), channelIds: [channel.id] });
  ids = { itemId: a.item.id, jobId: jobIds[0]!, channelId: channel.id };
  await insertChannel(b.workspace.id, "x");
});

describe("cross-tenant", () => {
  it.each(rows)("%s with A's slug as B's owner → NOT_FOUND, nothing changes", async (_n, p) => {
    const before = await snapshot(a.workspace.id);
    await expect(p.call(callerFor(b.user), a.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(a.workspace.id)).toEqual(before);
  });

  it.each(rows.filter(([, p]) => p.takesIds))("%s with B's slug and A's ids → NOT_FOUND, nothing changes", async (_n, p) => {
    const [beforeA, beforeB] = [await snapshot(a.workspace.id), await snapshot(b.workspace.id)];
    await expect(p.call(callerFor(b.user), b.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshot(a.workspace.id)).toEqual(beforeA);
    expect(await snapshot(b.workspace.id)).toEqual(beforeB);
  });

  it("B's calendar and jobs list show none of A's jobs", async () => {
    const caller = callerFor(b.user);
    expect(await caller.publish.calendar({ workspaceSlug: b.slug, ...range() })).toEqual([]);
    expect((await caller.publish.jobs({ workspaceSlug: b.slug })).items).toEqual([]);
  });
});

describe("roles", () => {
  const denied = rows.flatMap(([name, p]) => roles.filter((r) => !can(r, p.permission)).map((r) => [name, r, p] as const));

  it("reviewers and viewers cannot schedule, move, cancel or retry", () => {
    const set = new Set(denied.map(([n, r]) => `${n}:${r}`));
    for (const n of ["publish.schedule", "publish.reschedule", "publish.cancel", "publish.retry", "publish.setBlogPostVisibility"]) {
      expect(set.has(`${n}:viewer`)).toBe(true);
      expect(set.has(`${n}:reviewer`)).toBe(true);
      expect(set.has(`${n}:editor`)).toBe(false);
    }
  });

  it.each(denied)("%s as %s → FORBIDDEN, nothing changes", async (_n, role, p) => {
    const before = await snapshot(a.workspace.id);
    await expect(p.call(callerFor(members.get(role)!), a.slug, ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshot(a.workspace.id)).toEqual(before);
  });
});

describe("unauthenticated", () => {
  it.each(rows)("%s → UNAUTHORIZED, nothing changes", async (_n, p) => {
    const before = await snapshot(a.workspace.id);
    await expect(p.call(callerFor(null), a.slug, ids)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await snapshot(a.workspace.id)).toEqual(before);
  });
});
