import { and, eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { env } from "@/env";
import { db } from "@/server/db/client";
import { invitations, organizationMembers } from "@/server/db/schema";
import { formErrorsOf } from "../factories/errors";
import { linkIn, mailsTo } from "../factories/mailbox";
import { callerFor, createOwner, createUser, unique } from "../factories/users";
import { addMember, auditRows, roleOf } from "../factories/workspaces";

const tokenOf = (url: string) => url.split("/invite/")[1]!;

describe("invitation.create → invitation.accept", () => {
  it("mails a signed link, lists it as pending, and the invited user joins with the role", async () => {
    const { user: owner, workspace } = await createOwner();
    const invitee = await createUser({ email: `${unique("invitee")}@example.test` });
    const { id, url } = await callerFor(owner).invitation.create({
      workspaceSlug: workspace.slug,
      email: invitee.email.toUpperCase(),
      role: "reviewer",
    });
    expect(url.startsWith(`${env.APP_URL}/invite/${id}.`)).toBe(true);
    expect(tokenOf(url)).toMatch(/^[\w-]+\.\d+\.[\w-]{43}$/);
    const [mail] = await mailsTo(invitee.email);
    expect(mail?.subject).toContain(workspace.name);
    expect(linkIn(mail!.text, `${env.APP_URL}/invite/`)).toBe(url);
    expect(await auditRows(workspace.id, "invitation.created")).toMatchObject([
      { targetId: id, changes: { email: invitee.email, role: "reviewer" } },
    ]);

    const listed = await callerFor(owner).invitation.list({ workspaceSlug: workspace.slug });
    expect(listed).toMatchObject([
      { id, email: invitee.email, role: "reviewer", status: "pending", invitedBy: { name: owner.name, email: owner.email } },
    ]);
    expect(await callerFor(null).invitation.preview({ token: tokenOf(url) })).toEqual({
      workspaceName: workspace.name,
      inviterName: owner.name,
      role: "reviewer",
      email: invitee.email,
      status: "valid",
      accountExists: true,
    });

    const accepted = await callerFor(invitee).invitation.accept({ token: tokenOf(url) });
    expect(accepted).toEqual({ workspaceSlug: workspace.slug });
    expect(await roleOf(workspace.id, invitee.id)).toBe("reviewer");
    const [orgMember] = await db
      .select()
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, workspace.organizationId), eq(organizationMembers.userId, invitee.id)));
    expect(orgMember?.role).toBe("member");
    const [row] = await db.select().from(invitations).where(eq(invitations.id, id));
    expect(row).toMatchObject({ acceptedById: invitee.id, acceptedAt: expect.any(Date) });
    expect(await auditRows(workspace.id, "invitation.accepted")).toMatchObject([{ actorId: invitee.id, targetId: id }]);
    expect(await callerFor(owner).invitation.list({ workspaceSlug: workspace.slug })).toEqual([]);
    expect((await callerFor(null).invitation.preview({ token: tokenOf(url) })).status).toBe("accepted");
  });

  it("refuses a second pending invitation and an existing member, on the email field", async () => {
    const { user: owner, workspace } = await createOwner();
    const email = `${unique("twice")}@example.test`;
    const caller = callerFor(owner);
    await caller.invitation.create({ workspaceSlug: workspace.slug, email, role: "viewer" });
    const again = await formErrorsOf(caller.invitation.create({ workspaceSlug: workspace.slug, email, role: "editor" }));
    expect(again).toMatchObject({ code: "CONFLICT", field: "email", message: expect.stringContaining("pending invitation") });
    const member = await addMember(workspace.id, "viewer");
    const existing = await formErrorsOf(caller.invitation.create({ workspaceSlug: workspace.slug, email: member.email, role: "viewer" }));
    expect(existing).toMatchObject({ code: "CONFLICT", field: "email", message: `${member.email} is already a member of this workspace.` });
    expect(await callerFor(owner).invitation.list({ workspaceSlug: workspace.slug })).toHaveLength(1);
  });

  it("lets an admin invite up to admin but not an owner", async () => {
    const { workspace } = await createOwner();
    const admin = await addMember(workspace.id, "admin");
    await expect(
      callerFor(admin).invitation.create({ workspaceSlug: workspace.slug, email: `${unique("o")}@example.test`, role: "owner" }),
    ).rejects.toMatchObject({ code: "FORBIDDEN" });
    await expect(
      callerFor(admin).invitation.create({ workspaceSlug: workspace.slug, email: `${unique("a")}@example.test`, role: "admin" }),
    ).resolves.toMatchObject({ id: expect.any(String) });
  });

  it("rejects an invalid email with a field error", async () => {
    const { user, workspace } = await createOwner();
    const errors = await formErrorsOf(callerFor(user).invitation.create({ workspaceSlug: workspace.slug, email: "nope", role: "viewer" }));
    expect(errors.fieldErrors.email).toEqual(["Enter a valid email address, like you@company.com."]);
  });
});

describe("invitation.revoke", () => {
  it("withdraws the link, is audited, and a new invitation can then be sent", async () => {
    const { user: owner, workspace } = await createOwner();
    const invitee = await createUser();
    const caller = callerFor(owner);
    const { id, url } = await caller.invitation.create({ workspaceSlug: workspace.slug, email: invitee.email, role: "editor" });
    await caller.invitation.revoke({ workspaceSlug: workspace.slug, invitationId: id });
    await caller.invitation.revoke({ workspaceSlug: workspace.slug, invitationId: id });
    expect(await auditRows(workspace.id, "invitation.revoked")).toHaveLength(1);
    expect(await caller.invitation.list({ workspaceSlug: workspace.slug })).toEqual([]);
    expect((await callerFor(null).invitation.preview({ token: tokenOf(url) })).status).toBe("revoked");
    await expect(callerFor(invitee).invitation.accept({ token: tokenOf(url) })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("withdrawn"),
    });
    expect(await roleOf(workspace.id, invitee.id)).toBeUndefined();
    await expect(caller.invitation.create({ workspaceSlug: workspace.slug, email: invitee.email, role: "editor" })).resolves.toBeTruthy();
  });

  it("refuses to revoke an accepted invitation", async () => {
    const { user: owner, workspace } = await createOwner();
    const invitee = await createUser();
    const { id, url } = await callerFor(owner).invitation.create({ workspaceSlug: workspace.slug, email: invitee.email, role: "viewer" });
    await callerFor(invitee).invitation.accept({ token: tokenOf(url) });
    await expect(callerFor(owner).invitation.revoke({ workspaceSlug: workspace.slug, invitationId: id })).rejects.toMatchObject({
      code: "CONFLICT",
    });
  });
});
