import { beforeAll, describe, expect, it } from "vitest";
import { can, roles, type Role } from "@/lib/workspaces/permissions";
import type { SessionUser } from "@/server/trpc/context";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { sampleBook, saveAs, snapshotBrand } from "./brand-factory";

/**
 * Tenancy and roles for every brand procedure: B's owner reaching for A (by slug, or by A's version
 * numbers through B's own slug) gets NOT_FOUND; roles without workspace.manage cannot save or
 * restore; nobody signed out gets anything — and A's brand book and audit rows stay as they were.
 */
type Caller = ReturnType<typeof callerFor>;
const procedures: Array<{ name: string; manage: boolean; call: (c: Caller, slug: string, version: number) => Promise<unknown> }> = [
  { name: "brand.get", manage: false, call: (c, slug) => c.brand.get({ workspaceSlug: slug }) },
  { name: "brand.versions", manage: false, call: (c, slug) => c.brand.versions({ workspaceSlug: slug }) },
  { name: "brand.version", manage: false, call: (c, slug, version) => c.brand.version({ workspaceSlug: slug, version }) },
  { name: "brand.save", manage: true, call: (c, slug) => c.brand.save({ workspaceSlug: slug, ...sampleBook({ voice: "Hijacked" }) }) },
  { name: "brand.restore", manage: true, call: (c, slug, version) => c.brand.restore({ workspaceSlug: slug, version }) },
];
const rows = procedures.map((p) => [p.name, p] as const);

let a: Awaited<ReturnType<typeof createOwner>>;
let b: Awaited<ReturnType<typeof createOwner>>;
const members = new Map<Role, SessionUser>();

beforeAll(async () => {
  [a, b] = await Promise.all([createOwner(), createOwner()]);
  await saveAs(a.user, a.workspace.slug, sampleBook({ voice: "A one" }));
  await saveAs(a.user, a.workspace.slug, sampleBook({ voice: "A two" }));
  await saveAs(a.user, a.workspace.slug, sampleBook({ voice: "A three" }));
  await saveAs(b.user, b.workspace.slug, sampleBook({ voice: "B one" }));
  for (const role of roles.filter((r) => r !== "owner")) members.set(role, await addMember(a.workspace.id, role));
});

describe("cross-tenant", () => {
  it.each(rows)("%s with A's slug as B's owner → NOT_FOUND, nothing changes", async (_name, p) => {
    const before = await snapshotBrand(a.workspace.id);
    await expect(p.call(callerFor(b.user), a.workspace.slug, 2)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotBrand(a.workspace.id)).toEqual(before);
  });

  it("B's own slug with A's version numbers finds nothing of A", async () => {
    const [beforeA, beforeB] = [await snapshotBrand(a.workspace.id), await snapshotBrand(b.workspace.id)];
    const caller = callerFor(b.user);
    for (const version of [2, 3]) {
      await expect(caller.brand.version({ workspaceSlug: b.workspace.slug, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
      await expect(caller.brand.restore({ workspaceSlug: b.workspace.slug, version })).rejects.toMatchObject({ code: "NOT_FOUND" });
    }
    expect(await caller.brand.version({ workspaceSlug: b.workspace.slug, version: 1 })).toMatchObject({ book: { voice: "B one" } });
    expect(await caller.brand.get({ workspaceSlug: b.workspace.slug })).toMatchObject({ version: 1, book: { voice: "B one" } });
    expect((await caller.brand.versions({ workspaceSlug: b.workspace.slug })).items.map((i) => i.version)).toEqual([1]);
    expect(await snapshotBrand(a.workspace.id)).toEqual(beforeA);
    expect(await snapshotBrand(b.workspace.id)).toEqual(beforeB);
  });
});

describe("roles", () => {
  const denied = rows.flatMap(([name, p]) =>
    roles.filter((role) => p.manage && !can(role, "workspace.manage")).map((role) => [name, role, p] as const),
  );
  it.each(denied)("%s as %s → FORBIDDEN, nothing changes", async (_name, role, p) => {
    const before = await snapshotBrand(a.workspace.id);
    await expect(p.call(callerFor(members.get(role)!), a.workspace.slug, 1)).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await snapshotBrand(a.workspace.id)).toEqual(before);
  });

  it("editors, reviewers and viewers are the roles kept out of save and restore", () => {
    expect(denied.map(([name, role]) => `${name}:${role}`).sort()).toEqual(
      ["brand.restore", "brand.save"].flatMap((n) => ["editor", "reviewer", "viewer"].map((r) => `${n}:${r}`)).sort(),
    );
  });

  it.each(roles.filter((r) => r !== "owner"))("%s reads the brand book, its history and its versions", async (role) => {
    const caller = callerFor(members.get(role)!);
    await expect(caller.brand.get({ workspaceSlug: a.workspace.slug })).resolves.toMatchObject({ version: 3 });
    await expect(caller.brand.versions({ workspaceSlug: a.workspace.slug })).resolves.toMatchObject({ items: [{ version: 3 }, { version: 2 }, { version: 1 }] });
    await expect(caller.brand.version({ workspaceSlug: a.workspace.slug, version: 1 })).resolves.toMatchObject({ book: { voice: "A one" } });
  });

  it("an admin saves and restores", async () => {
    const { workspace, user } = await createOwner();
    const admin = await addMember(workspace.id, "admin");
    await saveAs(user, workspace.slug, { voice: "Owner's" });
    await expect(saveAs(admin, workspace.slug, { voice: "Admin's" })).resolves.toMatchObject({ version: 2 });
    await expect(callerFor(admin).brand.restore({ workspaceSlug: workspace.slug, version: 1 })).resolves.toMatchObject({ version: 3 });
  });
});

describe("unauthenticated", () => {
  it.each(rows)("%s → UNAUTHORIZED, nothing changes", async (_name, p) => {
    const before = await snapshotBrand(a.workspace.id);
    await expect(p.call(callerFor(null), a.workspace.slug, 1)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await snapshotBrand(a.workspace.id)).toEqual(before);
  });
});
