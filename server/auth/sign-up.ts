import "server-only";
import { eq } from "drizzle-orm";
import type { z } from "zod";
import { env } from "@/env";
import { writeAudit, type AuditActor } from "@/server/audit/write-audit";
import { db } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { logger } from "@/server/log/logger";
import { sendMail } from "@/server/mail/send-mail";
import { verifyEmailMail } from "@/server/mail/templates/auth-mails";
import { authRules, enforce } from "@/server/security/rate-limit";
import { invitationForSignUp } from "@/server/invitations/invitation-for-sign-up";
import { joinByInvitation } from "@/server/invitations/join-by-invitation";
import { createOrganizationWithWorkspace } from "@/server/workspaces/create-organization";
import { hashPassword } from "./password";
import type { signUpInput } from "./schemas";
import { issueUserToken } from "./user-tokens";

const verifyTtl = 48 * 60 * 60 * 1000;

/**
 * Creates the account, its organization and a first workspace (to be named in onboarding),
 * then mails an email-verification link. With an invitation token, the account joins the
 * invited workspace instead (no organization of its own), the invitation is accepted and the
 * address counts as verified (the link was mailed to it) — all in one transaction.
 * Signing in is left to the caller.
 */
export async function signUp(actor: AuditActor, input: z.output<typeof signUpInput>) {
  await enforce(db, [[authRules.signUpIp, actor.ip]]);
  const existing = await db.select({ id: users.id }).from(users).where(eq(users.email, input.email)).limit(1);
  if (existing.length > 0) {
    throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", { field: "email" });
  }
  const passwordHash = await hashPassword(input.password);
  const result = await transaction(async ({ tx }) => {
    const invitation = input.inviteToken ? await invitationForSignUp(tx, input.inviteToken, input.email) : null;
    const [user] = await tx
      .insert(users)
      .values({ name: input.name, email: input.email, passwordHash, emailVerified: invitation ? new Date() : null })
      .onConflictDoNothing()
      .returning({ id: users.id });
    if (!user) {
      throw new AppError("CONFLICT", "An account with this email already exists. Sign in instead.", { field: "email" });
    }
    const self = { ...actor, userId: user.id };
    await writeAudit(tx, self, { action: "user.signed_up", targetType: "user", targetId: user.id, changes: { email: input.email } });
    if (invitation) {
      const { workspaceSlug } = await joinByInvitation(tx, self, invitation);
      return { userId: user.id, workspaceSlug, token: null };
    }
    const { workspace } = await createOrganizationWithWorkspace(tx, self, {
      organizationName: `${input.name}'s organization`,
      workspaceName: "My workspace",
    });
    const token = await issueUserToken(tx, user.id, "email_verification", verifyTtl);
    return { userId: user.id, workspaceSlug: workspace.slug, token };
  });
  // The account exists whatever happens to the mail; the dashboard offers to resend it.
  if (result.token) {
    await sendMail({ to: input.email, ...verifyEmailMail(`${env.APP_URL}/verify-email?token=${result.token}`) }).catch(
      (error: unknown) => logger.error("verification mail failed", { error }),
    );
  }
  return { userId: result.userId, workspaceSlug: result.workspaceSlug };
}
