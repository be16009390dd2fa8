import "server-only";
import { eq } from "drizzle-orm";
import { env } from "@/env";
import type { AuditActor } from "@/server/audit/write-audit";
import { writeAudit } from "@/server/audit/write-audit";
import { db } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { sendMail } from "@/server/mail/send-mail";
import { verifyEmailMail } from "@/server/mail/templates/auth-mails";
import { authRules, enforce } from "@/server/security/rate-limit";
import { consumeUserToken, issueUserToken } from "./user-tokens";

export async function verifyEmail(actor: AuditActor, token: string): Promise<void> {
  await transaction(async ({ tx }) => {
    const userId = await consumeUserToken(tx, token, "email_verification");
    await tx.update(users).set({ emailVerified: new Date() }).where(eq(users.id, userId));
    await writeAudit(tx, { ...actor, userId }, { action: "user.email_verified", targetType: "user", targetId: userId });
  });
}

export async function resendVerification(actor: AuditActor & { userId: string }): Promise<void> {
  const [user] = await db.select().from(users).where(eq(users.id, actor.userId)).limit(1);
  if (!user) throw new AppError("NOT_FOUND", "Your account was not found.");
  if (user.emailVerified) throw new AppError("CONFLICT", "Your email address is already confirmed.");
  await enforce(db, [[authRules.resetEmail, `verify:${user.email}`]]);
  const token = await transaction(({ tx }) => issueUserToken(tx, user.id, "email_verification", 48 * 60 * 60 * 1000));
  await sendMail({ to: user.email, ...verifyEmailMail(`${env.APP_URL}/verify-email?token=${token}`) });
}
