import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { invitations, organizationMembers, users } from "@/server/db/schema";
import { formErrorsOf } from "../factories/errors";
import { mailsTo } from "../factories/mailbox";
import { callerFor, createOwner, unique } from "../factories/users";
import { auditRows, insertInvitation, roleOf } from "../factories/workspaces";

const password = "correct horse battery";

async function invitation(options: Partial<Parameters<typeof insertInvitation>[0]> = {}) {
  const owner = await createOwner();
  const email = `${unique("newcomer")}@example.test`;
  const row = await insertInvitation({ workspaceId: owner.workspace.id, invitedById: owner.user.id, email, role: "editor", ...options });
  return { ...owner, email, row };
}

const accountFor = (email: string) => db.select().from(users).where(eq(users.email, email));

describe("auth.signUp with an inviteToken", () => {
  it("joins the invited workspace, verifies the address, creates no organization, mails nothing", async () => {
    const { workspace, email, row } = await invitation();
    expect(await callerFor(null).invitation.preview({ token: row.token })).toMatchObject({ status: "valid", accountExists: false });
    const result = await callerFor(null).auth.signUp({ name: "New Comer", email, password, inviteToken: row.token });
    expect(await callerFor(null).invitation.preview({ token: row.token })).toMatchObject({ status: "accepted", accountExists: true });
    expect(result.workspaceSlug).toBe(workspace.slug);
    const [user] = await accountFor(email);
    expect(user).toMatchObject({ id: result.userId, name: "New Comer", emailVerified: expect.any(Date) });
    expect(await roleOf(workspace.id, result.userId)).toBe("editor");
    const orgs = await db.select().from(organizationMembers).where(eq(organizationMembers.userId, result.userId));
    expect(orgs).toMatchObject([{ organizationId: workspace.organizationId, role: "member" }]);
    const me = { id: result.userId, email, name: "New Comer" };
    expect((await callerFor(me).workspace.list()).map((w) => w.id)).toEqual([workspace.id]);
    const [accepted] = await db.select().from(invitations).where(eq(invitations.id, row.id));
    expect(accepted).toMatchObject({ acceptedById: result.userId, acceptedAt: expect.any(Date) });
    expect(await auditRows(workspace.id, "invitation.accepted")).toHaveLength(1);
    expect(await mailsTo(email)).toEqual([]);
    await expect(
      callerFor(me).workspace.create({ organizationId: workspace.organizationId, name: "Own idea" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
  });

  it("refuses another address than the invited one, on the email field, and creates no account", async () => {
    const { row } = await invitation();
    const otherEmail = `${unique("other")}@example.test`;
    const errors = await formErrorsOf(callerFor(null).auth.signUp({ name: "Other", email: otherEmail, password, inviteToken: row.token }));
    expect(errors).toMatchObject({ code: "BAD_REQUEST", field: "email", message: `This invitation is for ${row.email}. Sign up with that address.` });
    expect(await accountFor(otherEmail)).toEqual([]);
  });

  it.each([
    ["expired", { expiresAt: new Date(Date.now() - 1000) }, "CONFLICT"],
    ["revoked", { revokedAt: new Date() }, "CONFLICT"],
    ["accepted", { acceptedAt: new Date() }, "CONFLICT"],
  ] as const)("refuses an %s invitation and creates no account", async (_state, options, code) => {
    const { email, row } = await invitation(options);
    await expect(callerFor(null).auth.signUp({ name: "Late", email, password, inviteToken: row.token })).rejects.toMatchObject({ code });
    expect(await accountFor(email)).toEqual([]);
  });

  it("refuses a forged token and creates no account", async () => {
    const { email, row } = await invitation();
    const forged = `${row.token.slice(0, -1)}${row.token.endsWith("x") ? "y" : "x"}`;
    await expect(callerFor(null).auth.signUp({ name: "Forger", email, password, inviteToken: forged })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await accountFor(email)).toEqual([]);
  });
});
