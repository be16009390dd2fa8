import "server-only";
import { and, eq, gt, isNull, sql } from "drizzle-orm";
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { invitations, memberships, users } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError, forbidden } from "@/server/errors/app-error";
import { logger } from "@/server/log/logger";
import { sendMail } from "@/server/mail/send-mail";
import { mailBrandForWorkspace } from "@/server/branding/mail-brand";
import { inviteMail } from "@/server/mail/templates/auth-mails";
import { assignableRoles, roleLabels } from "@/lib/workspaces/permissions";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { createInvitationInput } from "./schemas";
import { invitationUrl, signInvitationToken } from "./token";

export const invitationTtlMs = 7 * 24 * 60 * 60 * 1000;

/**
 * Invites an address to the workspace with a role the caller may grant, and mails the signed
 * link (7 days). The link is also returned so it can be copied and shared by hand.
 */
export async function createInvitation(
  ctx: WorkspaceServiceContext,
  input: z.output<typeof createInvitationInput>,
): Promise<{ id: string; url: string }> {
  if (!assignableRoles(ctx.role).includes(input.role)) {
    throw forbidden(`Your role cannot invite people as ${roleLabels[input.role].label}.`);
  }
  const invitation = await transaction(async ({ tx }) => {
    // One invitation at a time per address and workspace, even for concurrent requests.
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`invitation:${ctx.workspace.id}:${input.email}`}))`);
    const [member] = await tx
      .select({ userId: memberships.userId })
      .from(memberships)
      .innerJoin(users, eq(users.id, memberships.userId))
      .where(and(eq(memberships.workspaceId, ctx.workspace.id), eq(users.email, input.email)));
    if (member) {
      throw new AppError("CONFLICT", `${input.email} is already a member of this workspace.`, { field: "email" });
    }
    const [pending] = await tx
      .select({ id: invitations.id })
      .from(invitations)
      .where(
        and(
          eq(invitations.workspaceId, ctx.workspace.id),
          eq(invitations.email, input.email),
          isNull(invitations.acceptedAt),
          isNull(invitations.revokedAt),
          gt(invitations.expiresAt, new Date()),
        ),
      );
    if (pending) {
      throw new AppError("CONFLICT", `${input.email} already has a pending invitation. Revoke it to send a new one.`, {
        field: "email",
      });
    }
    const expiresAt = new Date(Math.floor((Date.now() + invitationTtlMs) / 1000) * 1000);
    const [row] = await tx
      .insert(invitations)
      .values({ workspaceId: ctx.workspace.id, email: input.email, role: input.role, invitedById: ctx.user.id, expiresAt })
      .returning({ id: invitations.id, expiresAt: invitations.expiresAt });
    if (!row) throw new Error("invitation insert returned nothing");
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "invitation.created",
      targetType: "invitation",
      targetId: row.id,
      changes: { email: input.email, role: input.role },
    });
    return row;
  });
  const url = invitationUrl(signInvitationToken(invitation.id, invitation.expiresAt));
  const mail = inviteMail(
    {
      inviter: ctx.user.name ?? ctx.user.email,
      workspace: ctx.workspace.name,
      role: roleLabels[input.role].label.toLowerCase(),
      url,
    },
    await mailBrandForWorkspace(ctx.workspace.id),
  );
  // The invitation stands even if the mail fails: the inviter can copy the link.
  await sendMail({ to: input.email, ...mail }).catch((error: unknown) => logger.error("invitation mail failed", { error }));
  return { id: invitation.id, url };
}
