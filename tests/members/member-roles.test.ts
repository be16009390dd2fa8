import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { organizationMembers } from "@/server/db/schema";
import { callerFor, createOwner, createUser } from "../factories/users";
import { addMember, auditRows, roleOf } from "../factories/workspaces";

describe("member.list", () => {
  it("lists members owners first, marking the caller", async () => {
    const { user, workspace } = await createOwner();
    const viewer = await addMember(workspace.id, "viewer");
    const admin = await addMember(workspace.id, "admin");
    const list = await callerFor(viewer).member.list({ workspaceSlug: workspace.slug });
    expect(list.map((m) => [m.userId, m.role, m.isYou])).toEqual([
      [user.id, "owner", false],
      [admin.id, "admin", false],
      [viewer.id, "viewer", true],
    ]);
    expect(list[0]).toMatchObject({ email: user.email, name: user.name, joinedAt: expect.any(Date) });
  });
});

describe("member.updateRole", () => {
  it("lets an owner change a role and audits from/to", async () => {
    const { user, workspace } = await createOwner();
    const editor = await addMember(workspace.id, "editor");
    await callerFor(user).member.updateRole({ workspaceSlug: workspace.slug, userId: editor.id, role: "admin" });
    expect(await roleOf(workspace.id, editor.id)).toBe("admin");
    const [audit] = await auditRows(workspace.id, "member.role_changed");
    expect(audit).toMatchObject({ actorId: user.id, targetType: "member", targetId: editor.id, changes: { from: "editor", to: "admin", email: editor.email, name: editor.name } });
  });

  it("lets an admin change non-owners, but not grant owner or touch an owner", async () => {
    const { user: owner, workspace } = await createOwner();
    const admin = await addMember(workspace.id, "admin");
    const editor = await addMember(workspace.id, "editor");
    const asAdmin = callerFor(admin);
    await asAdmin.member.updateRole({ workspaceSlug: workspace.slug, userId: editor.id, role: "reviewer" });
    expect(await roleOf(workspace.id, editor.id)).toBe("reviewer");
    await expect(
      asAdmin.member.updateRole({ workspaceSlug: workspace.slug, userId: editor.id, role: "owner" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "Your role cannot grant the Owner role." });
    await expect(
      asAdmin.member.updateRole({ workspaceSlug: workspace.slug, userId: owner.id, role: "viewer" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN", message: "Only an owner can change an owner's role." });
    expect(await roleOf(workspace.id, editor.id)).toBe("reviewer");
    expect(await roleOf(workspace.id, owner.id)).toBe("owner");
  });

  it("answers NOT_FOUND for someone who is not a member, and rejects an unknown role", async () => {
    const { user, workspace } = await createOwner();
    const stranger = await createUser();
    const caller = callerFor(user);
    await expect(
      caller.member.updateRole({ workspaceSlug: workspace.slug, userId: stranger.id, role: "viewer" }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
    await expect(
      // @ts-expect-error: not a role
      caller.member.updateRole({ workspaceSlug: workspace.slug, userId: stranger.id, role: "superuser" }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("member.remove and member.leave", () => {
  it("an owner removes a member; the removal is audited and their plain org membership goes too", async () => {
    const { user, workspace } = await createOwner();
    const editor = await addMember(workspace.id, "editor");
    await db.insert(organizationMembers).values({ organizationId: workspace.organizationId, userId: editor.id, role: "member" });
    await callerFor(user).member.remove({ workspaceSlug: workspace.slug, userId: editor.id });
    expect(await roleOf(workspace.id, editor.id)).toBeUndefined();
    const orgRows = await db
      .select()
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, workspace.organizationId), eq(organizationMembers.userId, editor.id)));
    expect(orgRows).toEqual([]);
    expect(await auditRows(workspace.id, "member.removed")).toMatchObject([{ targetId: editor.id, changes: { role: "editor" } }]);
    await expect(callerFor(editor).workspace.get({ workspaceSlug: workspace.slug })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });

  it("an admin cannot remove an owner", async () => {
    const { user: owner, workspace } = await createOwner();
    const admin = await addMember(workspace.id, "admin");
    await expect(callerFor(admin).member.remove({ workspaceSlug: workspace.slug, userId: owner.id })).rejects.toMatchObject({
      code: "FORBIDDEN",
    });
    expect(await roleOf(workspace.id, owner.id)).toBe("owner");
  });

  it("a member can leave; it is audited and the workspace is gone for them", async () => {
    const { workspace } = await createOwner();
    const reviewer = await addMember(workspace.id, "reviewer");
    await callerFor(reviewer).member.leave({ workspaceSlug: workspace.slug });
    expect(await roleOf(workspace.id, reviewer.id)).toBeUndefined();
    expect(await auditRows(workspace.id, "member.left")).toMatchObject([{ actorId: reviewer.id, targetId: reviewer.id }]);
    expect(await callerFor(reviewer).workspace.list()).toEqual([]);
  });
});
