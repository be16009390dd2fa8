import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { checkSession } from "@/server/auth/sessions/check-session";
import { startSession } from "@/server/auth/sessions/start-session";
import { db } from "@/server/db/client";
import { auditLog, memberships, organizations, users, workspaces } from "@/server/db/schema";
import { callerFor, createOwner, unique } from "../factories/users";
import { addMember } from "../factories/workspaces";

const exists = async (table: typeof users | typeof workspaces | typeof organizations, id: string) =>
  (await db.select({ id: table.id }).from(table).where(eq(table.id, id))).length > 0;

describe("account.delete", () => {
  it("a sole user's account goes with its own workspace and organization, ends its sessions, and is audited", async () => {
    const { user, workspace, organization } = await createOwner();
    const sid = await startSession(db, { userId: user.id, method: "credentials", ip: null, userAgent: "test" });
    const result = await callerFor({ ...user, sessionId: sid }).account.delete({ confirmEmail: user.email.toUpperCase() });
    expect(result).toEqual({ workspacesDeleted: 0, organizationsDeleted: 1 });
    expect(await exists(users, user.id)).toBe(false);
    expect(await exists(workspaces, workspace.id)).toBe(false);
    expect(await exists(organizations, organization.id)).toBe(false);
    expect(await checkSession(db, { sid, userId: user.id })).toBe(false);
    const [record] = await db.select().from(auditLog).where(and(eq(auditLog.action, "user.deleted"), eq(auditLog.targetId, user.id)));
    expect(record).toMatchObject({ actorId: null, actorLabel: "Deleted account", changes: { organizationsDeleted: [organization.id] } });
  });

  it("the only owner of a workspace with other members is refused with a plain reason, and nothing changes", async () => {
    const { user, workspace } = await createOwner();
    const editor = await addMember(workspace.id, "editor");
    await expect(callerFor(user).account.delete({ confirmEmail: user.email })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining(`only owner of “${workspace.name}”`),
    });
    expect(await exists(users, user.id)).toBe(true);
    expect(await exists(workspaces, workspace.id)).toBe(true);
    expect(await db.select().from(memberships).where(eq(memberships.workspaceId, workspace.id))).toHaveLength(2);
    // The member's own account can go: the workspace keeps its owner and records the departure.
    await callerFor(editor).account.delete({ confirmEmail: editor.email });
    expect(await exists(workspaces, workspace.id)).toBe(true);
    const departures = await db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspace.id), eq(auditLog.action, "member.account_deleted")));
    expect(departures).toHaveLength(1);
  });

  it("with a second owner, the workspace stays with them", async () => {
    const { user, workspace } = await createOwner();
    await addMember(workspace.id, "owner");
    await callerFor(user).account.delete({ confirmEmail: user.email });
    expect(await exists(users, user.id)).toBe(false);
    expect(await exists(workspaces, workspace.id)).toBe(true);
  });

  it("needs the typed email and, for an account with a password, the password", async () => {
    const email = `${unique("leaver")}@example.test`;
    const { userId } = await callerFor(null).auth.signUp({ name: "Leaver", email, password: "my password 123" });
    const me = { id: userId, email, name: "Leaver" };
    await expect(callerFor(me).account.delete({ confirmEmail: "someone@else.test", password: "my password 123" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor(me).account.delete({ confirmEmail: email, password: "not it" })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(callerFor(me).account.delete({ confirmEmail: email })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    expect(await exists(users, userId)).toBe(true);
    await callerFor(me).account.delete({ confirmEmail: email, password: "my password 123" });
    expect(await exists(users, userId)).toBe(false);
  });

  it("anonymous callers are UNAUTHORIZED", async () => {
    await expect(callerFor(null).account.delete({ confirmEmail: "x@example.test" })).rejects.toMatchObject({ code: "UNAUTHORIZED" });
    await expect(callerFor(null).account.sessions()).rejects.toMatchObject({ code: "UNAUTHORIZED" });
  });
});
