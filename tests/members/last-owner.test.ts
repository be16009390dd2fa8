import { describe, expect, it } from "vitest";
import { lastOwnerMessage } from "@/server/members/lock-members";
import { callerFor, createOwner } from "../factories/users";
import { addMember, roleOf } from "../factories/workspaces";

const lastOwner = { code: "CONFLICT", message: lastOwnerMessage };

describe("the last owner", () => {
  it("cannot be demoted, removed, or leave", async () => {
    const { user, workspace } = await createOwner();
    const caller = callerFor(user);
    const slug = workspace.slug;
    await expect(caller.member.updateRole({ workspaceSlug: slug, userId: user.id, role: "admin" })).rejects.toMatchObject(lastOwner);
    await expect(caller.member.remove({ workspaceSlug: slug, userId: user.id })).rejects.toMatchObject(lastOwner);
    await expect(caller.member.leave({ workspaceSlug: slug })).rejects.toMatchObject(lastOwner);
    expect(await roleOf(workspace.id, user.id)).toBe("owner");
    expect(lastOwnerMessage).toMatch(/^A workspace needs at least one owner/);
  });

  it("can step down once there is another owner, and then the other one is the last", async () => {
    const { user, workspace } = await createOwner();
    const second = await addMember(workspace.id, "owner");
    await callerFor(user).member.updateRole({ workspaceSlug: workspace.slug, userId: user.id, role: "admin" });
    expect(await roleOf(workspace.id, user.id)).toBe("admin");
    await expect(callerFor(second).member.leave({ workspaceSlug: workspace.slug })).rejects.toMatchObject(lastOwner);
  });

  it("stays when two owners demote each other at the same moment (row locks serialise them)", async () => {
    const { user: first, workspace } = await createOwner();
    const second = await addMember(workspace.id, "owner");
    const slug = workspace.slug;
    const results = await Promise.allSettled([
      callerFor(first).member.updateRole({ workspaceSlug: slug, userId: second.id, role: "editor" }),
      callerFor(second).member.updateRole({ workspaceSlug: slug, userId: first.id, role: "editor" }),
    ]);
    // Whoever runs second is no longer an owner (or is the last one): at most one change lands.
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const roles = [await roleOf(workspace.id, first.id), await roleOf(workspace.id, second.id)];
    expect(roles.filter((r) => r === "owner")).toHaveLength(1);
  });

  it("stays when two owners leave at the same moment", async () => {
    const { user: first, workspace } = await createOwner();
    const second = await addMember(workspace.id, "owner");
    const results = await Promise.allSettled([
      callerFor(first).member.leave({ workspaceSlug: workspace.slug }),
      callerFor(second).member.leave({ workspaceSlug: workspace.slug }),
    ]);
    expect(results.map((r) => r.status).sort()).toEqual(["fulfilled", "rejected"]);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject(lastOwner);
    const remaining = [await roleOf(workspace.id, first.id), await roleOf(workspace.id, second.id)];
    expect(remaining.filter((r) => r === "owner")).toHaveLength(1);
  });
});
