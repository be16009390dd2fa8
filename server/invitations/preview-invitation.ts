import "server-only";
import { eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { users } from "@/server/db/schema";
import type { Role } from "@/lib/workspaces/permissions";
import { loadInvitationByToken, type InvitationStatus } from "./load-invitation";

export interface InvitationPreview {
  workspaceName: string;
  inviterName: string | null;
  role: Role;
  email: string;
  status: InvitationStatus | "invalid";
  accountExists: boolean;
}

/** What the invitation page shows before anyone signs in. An unknown or forged link is "invalid" with empty fields. */
export async function previewInvitation(ctx: { db: Db }, input: { token: string }): Promise<InvitationPreview> {
  const invitation = await loadInvitationByToken(ctx.db, input.token);
  if (!invitation) {
    return { workspaceName: "", inviterName: null, role: "viewer", email: "", status: "invalid", accountExists: false };
  }
  const [account] = await ctx.db.select({ id: users.id }).from(users).where(eq(users.email, invitation.email)).limit(1);
  return {
    workspaceName: invitation.workspace.name,
    inviterName: invitation.inviter?.name ?? invitation.inviter?.email ?? null,
    role: invitation.role,
    email: invitation.email,
    status: invitation.status,
    accountExists: Boolean(account),
  };
}
