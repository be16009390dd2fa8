import { beforeAll, describe, expect, it } from "vitest";
import { can, roles, type Permission, type Role } from "@/lib/workspaces/permissions";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { addProvider, snapshotProviders } from "./provider-factory";

type Caller = ReturnType<typeof callerFor>;
type Case = { name: string; permission: Permission; takesId: boolean; call: (c: Caller, slug: string, id: string) => Promise<unknown> };

/** Every aiProvider procedure, with the permission it needs. */
const cases: Case[] = [
  { name: "list", permission: "workspace.view", takesId: false, call: (c, slug) => c.aiProvider.list({ workspaceSlug: slug }) },
  { name: "status", permission: "workspace.view", takesId: false, call: (c, slug) => c.aiProvider.status({ workspaceSlug: slug }) },
  {
    name: "create",
    permission: "workspace.manage",
    takesId: false,
    call: (c, slug) => c.aiProvider.create({ workspaceSlug: slug, kind: "openai", label: "Planted", model: "gpt-4o", apiKey: "sk-planted-0000000000" }),
  },
  { name: "update", permission: "workspace.manage", takesId: true, call: (c, slug, id) => c.aiProvider.update({ workspaceSlug: slug, id, label: "Hijacked", apiKey: "sk-evil-000000000000" }) },
  { name: "remove", permission: "workspace.manage", takesId: true, call: (c, slug, id) => c.aiProvider.remove({ workspaceSlug: slug, id }) },
  { name: "reorder", permission: "workspace.manage", takesId: true, call: (c, slug, id) => c.aiProvider.reorder({ workspaceSlug: slug, ids: [id] }) },
  { name: "setEnabled", permission: "workspace.manage", takesId: true, call: (c, slug, id) => c.aiProvider.setEnabled({ workspaceSlug: slug, id, enabled: false }) },
  { name: "test", permission: "workspace.manage", takesId: true, call: (c, slug, id) => c.aiProvider.test({ workspaceSlug: slug, id }) },
];

let a: Awaited<ReturnType<typeof createOwner>>;
let b: Awaited<ReturnType<typeof createOwner>>;
let providerId: string;
const byRole = new Map<Role, Awaited<ReturnType<typeof addMember>>>();

beforeAll(async () => {
  [a, b] = await Promise.all([createOwner(), createOwner()]);
  // An unreachable endpoint: if a wrong caller ever got through to `test`, it would fail fast, not hang.
  providerId = (await addProvider(a.user, a.workspace.slug, { baseUrl: "http://127.0.0.1:9/v1" })).id;
  await addProvider(b.user, b.workspace.slug, { label: "B's own" });
  for (const role of roles.filter((r) => r !== "owner")) byRole.set(role, await addMember(a.workspace.id, role));
});

describe("aiProvider: cross-tenant", () => {
  it.each(cases.map((c) => [c.name, c] as const))("%s with A's slug as B's owner → NOT_FOUND, nothing changes", async (_n, testCase) => {
    const before = await snapshotProviders(a.workspace.id);
    await expect(testCase.call(callerFor(b.user), a.workspace.slug, providerId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotProviders(a.workspace.id)).toEqual(before);
  });

  it.each(cases.filter((c) => c.takesId).map((c) => [c.name, c] as const))("%s with B's slug and A's id → NOT_FOUND, nothing changes", async (_n, testCase) => {
    const [beforeA, beforeB] = [await snapshotProviders(a.workspace.id), await snapshotProviders(b.workspace.id)];
    await expect(testCase.call(callerFor(b.user), b.workspace.slug, providerId)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotProviders(a.workspace.id)).toEqual(beforeA);
    expect(await snapshotProviders(b.workspace.id)).toEqual(beforeB);
  });

  it("B's list never shows A's providers", async () => {
    const list = await callerFor(b.user).aiProvider.list({ workspaceSlug: b.workspace.slug });
    expect(list.map((p) => p.label)).toEqual(["B's own"]);
  });
});

describe("aiProvider: roles", () => {
  const rows = cases.flatMap((c) => roles.filter((role) => !can(role, c.permission)).map((role) => [c.name, role, c] as const));
  it.each(rows)("%s as %s → FORBIDDEN, nothing changes", async (_n, role, testCase) => {
    const before = await snapshotProviders(a.workspace.id);
    await expect(testCase.call(callerFor(byRole.get(role)!), a.workspace.slug, providerId)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotProviders(a.workspace.id)).toEqual(before);
  });

  it("editor, reviewer and viewer may not mutate; every role may list and read the status", async () => {
    for (const role of ["editor", "reviewer", "viewer"] as const) expect(can(role, "workspace.manage")).toBe(false);
    expect(new Set(rows.map(([name]) => name))).toEqual(new Set(cases.filter((c) => c.permission === "workspace.manage").map((c) => c.name)));
    for (const role of roles.filter((r) => r !== "owner")) {
      await expect(callerFor(byRole.get(role)!).aiProvider.list({ workspaceSlug: a.workspace.slug })).resolves.toHaveLength(1);
    }
  });

  it.each(cases.map((c) => [c.name, c] as const))("%s unauthenticated → UNAUTHORIZED", async (_n, testCase) => {
    const before = await snapshotProviders(a.workspace.id);
    await expect(testCase.call(callerFor(null), a.workspace.slug, providerId)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await snapshotProviders(a.workspace.id)).toEqual(before);
  });
});
