import "server-only";
import { eq } from "drizzle-orm";
import { env } from "@/env";
import type { AuditActor } from "@/server/audit/write-audit";
import { writeAudit } from "@/server/audit/write-audit";
import { db } from "@/server/db/client";
import { users } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { sendMail } from "@/server/mail/send-mail";
import { passwordResetMail } from "@/server/mail/templates/auth-mails";
import { authRules, enforce } from "@/server/security/rate-limit";
import { issueUserToken } from "./user-tokens";

/** Mails a reset link when the account exists; answers the same either way. */
export async function requestPasswordReset(actor: AuditActor, email: string): Promise<void> {
  await enforce(db, [
    [authRules.resetIp, actor.ip],
    [authRules.resetEmail, email],
  ]);
  const [user] = await db.select({ id: users.id }).from(users).where(eq(users.email, email)).limit(1);
  if (!user) return;
  const token = await transaction(async ({ tx }) => {
    await writeAudit(tx, { ...actor, userId: user.id }, { action: "user.password_reset_requested", targetType: "user", targetId: user.id });
    return issueUserToken(tx, user.id, "password_reset", 60 * 60 * 1000);
  });
  await sendMail({ to: email, ...passwordResetMail(`${env.APP_URL}/reset-password?token=${token}`) });
}
