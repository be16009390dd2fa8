import { beforeAll, describe, expect, it } from "vitest";
import { can, roles, type Role } from "@/lib/workspaces/permissions";
import { callerFor, createOwner } from "../factories/users";
import { addMember, insertInvitation, snapshotWorkspace } from "../factories/workspaces";
import { authedCases, workspaceCases, type TargetIds } from "./procedure-table";

/**
 * Tenancy and roles for every workspace-scoped procedure: workspace B's owner reaching for
 * workspace A gets NOT_FOUND, a role without the permission gets FORBIDDEN, an anonymous caller
 * gets UNAUTHORIZED — and A's rows are the same afterwards.
 */
let a: Awaited<ReturnType<typeof createOwner>>;
let b: Awaited<ReturnType<typeof createOwner>>;
let ids: TargetIds;
const membersByRole = new Map<Role, Awaited<ReturnType<typeof addMember>>>();

beforeAll(async () => {
  [a, b] = await Promise.all([createOwner(), createOwner()]);
  const member = await addMember(a.workspace.id, "editor");
  const invitation = await insertInvitation({ workspaceId: a.workspace.id, invitedById: a.user.id });
  ids = { slug: a.workspace.slug, organizationId: a.organization.id, memberId: member.id, invitationId: invitation.id };
  for (const role of roles.filter((r) => r !== "owner")) membersByRole.set(role, await addMember(a.workspace.id, role));
});

describe("cross-tenant: workspace B's owner calling with A's slug", () => {
  it.each(workspaceCases.map((c) => [c.name, c] as const))("%s → NOT_FOUND, nothing changes", async (_name, testCase) => {
    const before = await snapshotWorkspace(a.workspace.id);
    await expect(testCase.call(callerFor(b.user), a.workspace.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotWorkspace(a.workspace.id)).toEqual(before);
  });
});

describe("cross-tenant: B's own slug with A's ids", () => {
  const withIds = workspaceCases.filter((c) => c.takesIds);
  it.each(withIds.map((c) => [c.name, c] as const))("%s → NOT_FOUND, nothing changes", async (_name, testCase) => {
    const before = await snapshotWorkspace(a.workspace.id);
    await expect(testCase.call(callerFor(b.user), b.workspace.slug, ids)).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotWorkspace(a.workspace.id)).toEqual(before);
  });

  it("audit.list filtered by one of A's people shows nothing of A", async () => {
    const page = await callerFor(b.user).audit.list({ workspaceSlug: b.workspace.slug, actorId: a.user.id });
    expect(page.items).toEqual([]);
  });

  it("workspace.create in A's organization → NOT_FOUND, no workspace added", async () => {
    const before = await callerFor(a.user).workspace.list();
    await expect(
      callerFor(b.user).workspace.create({ organizationId: a.organization.id, name: "Planted" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await callerFor(a.user).workspace.list()).toEqual(before);
  });
});

describe("wrong role: members of A whose role lacks the permission", () => {
  const rows = workspaceCases.flatMap((c) =>
    roles.filter((role) => !can(role, c.permission)).map((role) => [c.name, role, c] as const),
  );
  it.each(rows)("%s as %s → FORBIDDEN, nothing changes", async (_name, role, testCase) => {
    const before = await snapshotWorkspace(a.workspace.id);
    const caller = callerFor(membersByRole.get(role)!);
    await expect(testCase.call(caller, a.workspace.slug, ids)).rejects.toMatchObject({ code: "FORBIDDEN" });
    expect(await snapshotWorkspace(a.workspace.id)).toEqual(before);
  });

  it("covers every procedure that needs more than workspace.view", () => {
    const guarded = workspaceCases.filter((c) => c.permission !== "workspace.view").map((c) => c.name);
    expect(new Set(rows.map(([name]) => name))).toEqual(new Set(guarded));
  });

  it("a member of a workspace.view procedure's workspace is let in (every role may view)", async () => {
    for (const role of roles) expect(can(role, "workspace.view")).toBe(true);
    const viewer = membersByRole.get("viewer")!;
    await expect(callerFor(viewer).workspace.get({ workspaceSlug: a.workspace.slug })).resolves.toMatchObject({ role: "viewer" });
  });
});

describe("unauthenticated", () => {
  it.each(authedCases.map((c) => [c.name, c] as const))("%s → UNAUTHORIZED, nothing changes", async (_name, testCase) => {
    const before = await snapshotWorkspace(a.workspace.id);
    await expect(testCase.call(callerFor(null), ids)).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    expect(await snapshotWorkspace(a.workspace.id)).toEqual(before);
  });
});
