import { beforeAll, describe, expect, it } from "vitest";
import { can, roles, type Permission, type Role } from "@/lib/workspaces/permissions";
import type { SessionUser } from "@/server/trpc/context";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { socialRequest } from "./support/fixtures";
import { seedContent, snapshotContent } from "./support/seed-content";

/**
 * Tenancy and roles for every content procedure: B's owner reaching for A (by A's slug, or by A's
 * ids through B's own slug) gets NOT_FOUND; viewers and reviewers cannot request, cancel or retry;
 * nobody signed out gets anything — and A's content, runs, events and audit rows stay as they were.
 */
type Caller = ReturnType<typeof callerFor>;
type Ids = Awaited<ReturnType<typeof seedContent>>;
const procedures: Array<{ name: string; permission: Permission; takesIds: boolean; call: (c: Caller, slug: string, ids: Ids) => Promise<unknown> }> = [
  { name: "content.request", permission: "content.create", takesIds: false, call: (c, slug) => c.content.request({ workspaceSlug: slug, ...socialRequest }) },
  { name: "content.list", permission: "workspace.view", takesIds: false, call: (c, slug) => c.content.list({ workspaceSlug: slug }) },
  { name: "content.get", permission: "workspace.view", takesIds: true, call: (c, slug, ids) => c.content.get({ workspaceSlug: slug, contentItemId: ids.reviewItemId }) },
  { name: "content.versions", permission: "workspace.view", takesIds: true, call: (c, slug, ids) => c.content.versions({ workspaceSlug: slug, contentItemId: ids.reviewItemId }) },
  { name: "content.run", permission: "workspace.view", takesIds: true, call: (c, slug, ids) => c.content.run({ workspaceSlug: slug, runId: ids.runId }) },
  { name: "content.cancelRun", permission: "content.create", takesIds: true, call: (c, slug, ids) => c.content.cancelRun({ workspaceSlug: slug, runId: ids.runningRunId }) },
  { name: "content.retryRun", permission: "content.create", takesIds: true, call: (c, slug, ids) => c.content.retryRun({ workspaceSlug: slug, runId: ids.failedRunId }) },
];
const rows = procedures.map((p) => [p.name, p] as const);

let a: Awaited<ReturnType<typeof createOwner>>;
let b: Awaited<ReturnType<typeof createOwner>>;
let ids: Ids;
const members = new Map<Role, SessionUser>();

beforeAll(async () => {
  [a, b] = await Promise.all([createOwner(), createOwner()]);
  ids = await seedContent(a.workspace.id);
  await seedContent(b.workspace.id);
  for (const role of roles.filter((r) => r !== "owner")) members.set(role, await addMember(a.workspace.id, role));
});

describe("cross-tenant", () => {
  it.each(rows)("%s with A's slug as B's owner → NOT_FOUND, nothing changes", async (_name, p) => {
    const before = await snapshotContent(a.workspace.id);
    await expect(p.call(callerFor(b.user), a.workspace.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotContent(a.workspace.id)).toEqual(before);
  });

  it.each(rows.filter(([, p]) => p.takesIds))("%s with B's own slug and A's ids → NOT_FOUND, nothing changes", async (_name, p) => {
    const [beforeA, beforeB] = [await snapshotContent(a.workspace.id), await snapshotContent(b.workspace.id)];
    await expect(p.call(callerFor(b.user), b.workspace.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotContent(a.workspace.id)).toEqual(beforeA);
    expect(await snapshotContent(b.workspace.id)).toEqual(beforeB);
  });

  it("content.list in B shows none of A's items", async () => {
    const page = await callerFor(b.user).content.list({ workspaceSlug: b.workspace.slug, limit: 100 });
    const aIds = new Set([ids.reviewItemId, ids.runningItemId, ids.failedItemId]);
    expect(page.items.length).toBe(3);
    expect(page.items.some((item) => aIds.has(item.id))).toBe(false);
  });
});

describe("roles", () => {
  const denied = rows.flatMap(([name, p]) => roles.filter((role) => !can(role, p.permission)).map((role) => [name, role, p] as const));

  it("viewers and reviewers may not request, cancel or retry; editors and up may", () => {
    const deniedNames = new Set(denied.map(([name, role]) => `${name}:${role}`));
    for (const name of ["content.request", "content.cancelRun", "content.retryRun"]) {
      for (const role of ["viewer", "reviewer"]) expect(deniedNames.has(`${name}:${role}`)).toBe(true);
      for (const role of ["editor", "admin", "owner"]) expect(deniedNames.has(`${name}:${role}`)).toBe(false);
    }
  });

  it.each(denied)("%s as %s → FORBIDDEN, nothing changes", async (_name, role, p) => {
    const before = await snapshotContent(a.workspace.id);
    await expect(p.call(callerFor(members.get(role)!), a.workspace.slug, ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotContent(a.workspace.id)).toEqual(before);
  });

  it("a viewer reads the list, an item, its versions and a run", async () => {
    const viewer = callerFor(members.get("viewer")!);
    for (const [, p] of rows.filter(([, p]) => p.permission === "workspace.view")) await expect(p.call(viewer, a.workspace.slug, ids)).resolves.toBeTruthy();
  });
});

describe("unauthenticated", () => {
  it.each(rows)("%s → UNAUTHORIZED, nothing changes", async (_name, p) => {
    const before = await snapshotContent(a.workspace.id);
    await expect(p.call(callerFor(null), a.workspace.slug, ids)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await snapshotContent(a.workspace.id)).toEqual(before);
  });
});
