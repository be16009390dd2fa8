import { describe, expect, it } from "vitest";
import { writeAudit } from "@/server/audit/write-audit";
import { db } from "@/server/db/client";
import { auditLog } from "@/server/db/schema";
import { formErrorsOf } from "../factories/errors";
import { callerFor, createOwner, uniqueIp } from "../factories/users";
import { addMember } from "../factories/workspaces";

/** A workspace with a known history: the owner's events, an admin's events, and a system event. */
async function workspaceWithHistory() {
  const owner = await createOwner();
  const admin = await addMember(owner.workspace.id, "admin");
  const ws = { organizationId: owner.workspace.organizationId, workspaceId: owner.workspace.id };
  const at = (iso: string) => new Date(iso);
  // Three rows share one timestamp, so pagination must break ties on the id.
  const tie = at("2026-03-01T12:00:00.123456Z");
  await db.insert(auditLog).values([
    { ...ws, actorId: owner.user.id, action: "content.approved", targetType: "content", createdAt: at("2026-01-10T09:00:00Z") },
    { ...ws, actorId: admin.id, action: "member.role_changed", targetType: "member", createdAt: at("2026-02-01T09:00:00Z") },
    { ...ws, actorId: admin.id, action: "content.approved", targetType: "content", createdAt: tie },
    { ...ws, actorId: owner.user.id, action: "content.approved", targetType: "content", createdAt: tie },
    { ...ws, actorId: null, actorLabel: "Client review link", action: "content.commented", targetType: "content", createdAt: tie },
  ]);
  return { ...owner, admin };
}

describe("audit.list", () => {
  it("pages newest first through every row exactly once, ties included", async () => {
    const { user, workspace } = await workspaceWithHistory();
    const caller = callerFor(user);
    const all = await caller.audit.list({ workspaceSlug: workspace.slug, limit: 100 });
    const seen: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await caller.audit.list({ workspaceSlug: workspace.slug, limit: 2, cursor });
      expect(page.items.length).toBeLessThanOrEqual(2);
      seen.push(...page.items.map((i) => i.id));
      cursor = page.nextCursor ?? undefined;
    } while (cursor);
    expect(seen).toEqual(all.items.map((i) => i.id));
    expect(new Set(seen).size).toBe(all.items.length);
    const times = all.items.map((i) => i.createdAt.getTime());
    expect(times).toEqual([...times].sort((x, y) => y - x));
    expect(all.nextCursor).toBeNull();
  });

  it("filters by action, person and date range, together with the workspace", async () => {
    const { user, workspace, admin } = await workspaceWithHistory();
    const list = (filters: Omit<Parameters<ReturnType<typeof callerFor>["audit"]["list"]>[0], "workspaceSlug">) =>
      callerFor(user).audit.list({ workspaceSlug: workspace.slug, ...filters }).then((p) => p.items);

    expect((await list({ action: "content.approved" })).map((i) => i.actor?.id).sort()).toEqual([admin.id, user.id, user.id].sort());
    expect((await list({ actorId: admin.id })).map((i) => i.action).sort()).toEqual(["content.approved", "member.role_changed"]);
    expect(await list({ actorId: admin.id, action: "content.approved" })).toHaveLength(1);
    const february = await list({ from: new Date("2026-02-01T00:00:00Z"), to: new Date("2026-02-28T23:59:59Z") });
    expect(february.map((i) => i.action)).toEqual(["member.role_changed"]);
    expect(await list({ from: new Date("2026-03-01T12:00:00.123Z"), to: new Date("2026-03-31T00:00:00Z") })).toHaveLength(3);
    expect(await list({ to: new Date("2026-01-31T00:00:00Z") })).toHaveLength(1);
  });

  it("shows who acted: the person, a label for non-users, and the request's IP", async () => {
    const { user, workspace } = await workspaceWithHistory();
    const ip = uniqueIp();
    await callerFor(user, ip).workspace.update({ workspaceSlug: workspace.slug, name: "Renamed for audit" });
    const { items } = await callerFor(user).audit.list({ workspaceSlug: workspace.slug });
    expect(items[0]).toMatchObject({
      action: "workspace.updated",
      ip,
      actor: { id: user.id, name: user.name, email: user.email },
      actorLabel: user.name,
      changes: { name: { to: "Renamed for audit" } },
    });
    const system = items.find((i) => i.action === "content.commented");
    expect(system).toMatchObject({ actor: null, actorLabel: "Client review link" });
  });

  it("rejects a tampered cursor and an inverted date range with field errors", async () => {
    const { user, workspace } = await createOwner();
    const caller = callerFor(user);
    const cursor = await formErrorsOf(caller.audit.list({ workspaceSlug: workspace.slug, cursor: "bm90LWEtY3Vyc29y" }));
    expect(cursor).toMatchObject({ code: "BAD_REQUEST", field: "cursor" });
    const range = await formErrorsOf(
      caller.audit.list({ workspaceSlug: workspace.slug, from: new Date("2026-02-02"), to: new Date("2026-02-01") }),
    );
    expect(range.fieldErrors.to).toEqual(["The start date must be before the end date."]);
    await expect(caller.audit.list({ workspaceSlug: workspace.slug, limit: 101 })).rejects.toMatchObject({ code: "BAD_REQUEST" });
  });
});

describe("audit.filters", () => {
  it("offers the workspace's actions and people, sorted", async () => {
    const { user, workspace, admin } = await workspaceWithHistory();
    await writeAudit(db, { userId: admin.id }, { action: "elsewhere.only", targetType: "x" });
    const filters = await callerFor(user).audit.filters({ workspaceSlug: workspace.slug });
    expect(filters.actions).toEqual(["content.approved", "content.commented", "member.role_changed", "workspace.created"]);
    expect(filters.actors.map((a) => a.id).sort()).toEqual([admin.id, user.id].sort());
    expect(filters.actors[0]).toEqual({ id: expect.any(String), name: expect.any(String), email: expect.any(String) });
  });
});
