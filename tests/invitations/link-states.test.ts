import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { invitations } from "@/server/db/schema";
import { signInvitationToken } from "@/server/invitations/token";
import { callerFor, createOwner, createUser } from "../factories/users";
import { insertInvitation, roleOf, snapshotWorkspace } from "../factories/workspaces";

async function invited(options: Partial<Parameters<typeof insertInvitation>[0]> = {}) {
  const a = await createOwner();
  const invitee = await createUser();
  const invitation = await insertInvitation({ workspaceId: a.workspace.id, invitedById: a.user.id, email: invitee.email, ...options });
  return { ...a, invitee, invitation };
}

describe("invitation links that cannot be used", () => {
  it("a tampered token is invalid: wrong signature, another id, a later expiry", async () => {
    const { workspace, invitee, invitation } = await invited();
    const [id, epoch, signature] = invitation.token.split(".") as [string, string, string];
    const other = await insertInvitation({ workspaceId: workspace.id });
    const flipped = signature.startsWith("A") ? `B${signature.slice(1)}` : `A${signature.slice(1)}`;
    const tampered = [
      `${id}.${epoch}.${flipped}`,
      `${other.id}.${epoch}.${signature}`,
      `${id}.${Number(epoch) + 86_400}.${signature}`,
      `${id}.${Number(epoch) + 86_400}.${signInvitationToken(id, new Date(Number(epoch) * 1000 + 86_400_000)).split(".")[2]}`,
      "completely-made-up-token",
    ];
    const before = await snapshotWorkspace(workspace.id);
    for (const token of tampered) {
      expect(await callerFor(null).invitation.preview({ token })).toMatchObject({ status: "invalid", workspaceName: "", email: "" });
      await expect(callerFor(invitee).invitation.accept({ token })).rejects.toMatchObject({
        code: "NOT_FOUND",
        message: expect.stringContaining("not valid"),
      });
    }
    expect(await snapshotWorkspace(workspace.id)).toEqual(before);
  });

  it("an expired invitation (correctly signed) is refused and listed as expired", async () => {
    const { user, workspace, invitee, invitation } = await invited({ expiresAt: new Date(Date.now() - 60_000) });
    expect((await callerFor(null).invitation.preview({ token: invitation.token })).status).toBe("expired");
    await expect(callerFor(invitee).invitation.accept({ token: invitation.token })).rejects.toMatchObject({
      code: "CONFLICT",
      message: `This invitation has expired. Ask ${user.name} for a new one.`,
    });
    expect(await roleOf(workspace.id, invitee.id)).toBeUndefined();
    const listed = await callerFor(user).invitation.list({ workspaceSlug: workspace.slug });
    expect(listed).toMatchObject([{ id: invitation.id, status: "expired" }]);
  });

  it("a revoked invitation is refused", async () => {
    const { workspace, invitee, invitation } = await invited({ revokedAt: new Date() });
    expect((await callerFor(null).invitation.preview({ token: invitation.token })).status).toBe("revoked");
    await expect(callerFor(invitee).invitation.accept({ token: invitation.token })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await roleOf(workspace.id, invitee.id)).toBeUndefined();
  });

  it("accepting twice is refused clearly, also when both arrive at once", async () => {
    const { workspace, invitee, invitation } = await invited({ role: "viewer" });
    const results = await Promise.allSettled([
      callerFor(invitee).invitation.accept({ token: invitation.token }),
      callerFor(invitee).invitation.accept({ token: invitation.token }),
    ]);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(1);
    const rejected = results.find((r) => r.status === "rejected");
    expect(rejected?.reason).toMatchObject({ code: "CONFLICT", message: "This invitation has already been accepted." });
    await expect(callerFor(invitee).invitation.accept({ token: invitation.token })).rejects.toMatchObject({ code: "CONFLICT" });
    expect(await roleOf(workspace.id, invitee.id)).toBe("viewer");
  });

  it("a different signed-in email is FORBIDDEN and nothing changes", async () => {
    const { workspace, invitee, invitation } = await invited();
    const someoneElse = await createUser();
    const before = await snapshotWorkspace(workspace.id);
    await expect(callerFor(someoneElse).invitation.accept({ token: invitation.token })).rejects.toMatchObject({
      code: "FORBIDDEN",
      message: expect.stringContaining(`sent to ${invitee.email}, but you are signed in as ${someoneElse.email}`),
    });
    expect(await snapshotWorkspace(workspace.id)).toEqual(before);
    const [row] = await db.select().from(invitations).where(eq(invitations.id, invitation.id));
    expect(row?.acceptedAt).toBeNull();
  });
});
