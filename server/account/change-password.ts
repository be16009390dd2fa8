import "server-only";
import { eq } from "drizzle-orm";
import { env } from "@/env";
import { writeAudit } from "@/server/audit/write-audit";
import { hashPassword } from "@/server/auth/password";
import { revokeOtherSessions } from "@/server/auth/sessions/revoke-sessions";
import { users } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { sendMail } from "@/server/mail/send-mail";
import { passwordChangedMail } from "@/server/mail/templates/security-mails";
import type { AccountContext } from "./schemas";
import { verifyCurrentPassword } from "./verify-current-password";

/**
 * Changes the signed-in user's password. Every other session ends in the same transaction (this
 * browser stays signed in) and the owner is told by mail.
 */
export async function changePassword(ctx: AccountContext, input: { currentPassword?: string; newPassword: string }) {
  const passwordHash = await hashPassword(input.newPassword);
  const { email, sessionsEnded } = await transaction(async ({ tx }) => {
    const user = await verifyCurrentPassword(tx, ctx.userId, input.currentPassword, "currentPassword");
    await tx.update(users).set({ passwordHash }).where(eq(users.id, ctx.userId));
    const sessionsEnded = await revokeOtherSessions(tx, { userId: ctx.userId, keep: ctx.sessionId });
    await writeAudit(tx, { userId: ctx.userId, ip: ctx.ip, requestId: ctx.requestId }, {
      action: "user.password_changed",
      targetType: "user",
      targetId: ctx.userId,
      changes: { sessionsEnded, firstPassword: !user.passwordHash },
    });
    return { email: user.email, sessionsEnded };
  });
  await sendMail({ to: email, ...passwordChangedMail({ at: new Date(), how: "changed", recoverUrl: `${env.APP_URL}/forgot-password` }) });
  return { sessionsEnded };
}
