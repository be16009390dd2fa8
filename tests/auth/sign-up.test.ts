import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { db } from "@/server/db/client";
import { auditLog, memberships, organizationMembers, users, workspaces } from "@/server/db/schema";
import { formErrorsOf } from "../factories/errors";
import { linkIn, mailsTo } from "../factories/mailbox";
import { callerFor, unique } from "../factories/users";

const password = "correct horse battery";

describe("auth.signUp", () => {
  it("creates the user, an organization, a first workspace with them as owner, audit rows and a verification mail", async () => {
    const email = `${unique("founder")}@example.test`;
    const result = await callerFor(null).auth.signUp({ name: "Fay Founder", email: email.toUpperCase(), password });
    const [user] = await db.select().from(users).where(eq(users.email, email));
    expect(user).toMatchObject({ id: result.userId, name: "Fay Founder", emailVerified: null });
    expect(user!.passwordHash).toMatch(/^\$argon2id\$/);
    const [workspace] = await db.select().from(workspaces).where(eq(workspaces.slug, result.workspaceSlug!));
    expect(workspace).toMatchObject({ onboardedAt: null });
    const [membership] = await db.select().from(memberships).where(eq(memberships.workspaceId, workspace!.id));
    expect(membership).toMatchObject({ userId: user!.id, role: "owner" });
    const [orgMember] = await db.select().from(organizationMembers).where(eq(organizationMembers.userId, user!.id));
    expect(orgMember).toMatchObject({ organizationId: workspace!.organizationId, role: "owner" });
    const actions = (await db.select().from(auditLog).where(eq(auditLog.actorId, user!.id))).map((a) => a.action);
    expect(actions.sort()).toEqual(["user.signed_up", "workspace.created"]);
    const [mail] = await mailsTo(email);
    expect(mail?.subject).toBe("Confirm your email address");
    expect(linkIn(mail!.text, `${env.APP_URL}/verify-email?token=`)).toBeTruthy();
  });

  it("refuses an email that already has an account (any case) with a CONFLICT on the email field", async () => {
    const email = `${unique("dup")}@example.test`;
    await callerFor(null).auth.signUp({ name: "First", email, password });
    const errors = await formErrorsOf(callerFor(null).auth.signUp({ name: "Second", email: email.toUpperCase(), password }));
    expect(errors).toMatchObject({ code: "CONFLICT", field: "email", message: expect.stringContaining("already exists") });
    expect(await db.select().from(users).where(eq(users.email, email))).toHaveLength(1);
  });

  it("explains invalid input field by field", async () => {
    const errors = await formErrorsOf(callerFor(null).auth.signUp({ name: "", email: "nope", password: "short" }));
    expect(errors.code).toBe("BAD_REQUEST");
    expect(errors.fieldErrors).toMatchObject({
      name: ["Tell us your name."],
      email: [expect.stringContaining("valid email")],
      password: ["Use at least 10 characters."],
    });
  });
});
