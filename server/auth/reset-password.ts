import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { AuditActor } from "@/server/audit/write-audit";
import { writeAudit } from "@/server/audit/write-audit";
import { db } from "@/server/db/client";
import { users, userTokens } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { env } from "@/env";
import { sendMail } from "@/server/mail/send-mail";
import { passwordChangedMail } from "@/server/mail/templates/security-mails";
import { authRules, enforce } from "@/server/security/rate-limit";
import { hashPassword } from "./password";
import { revokeOtherSessions } from "./sessions/revoke-sessions";
import { consumeUserToken } from "./user-tokens";

/**
 * Sets a new password from a reset link; the link also proves the address, so it is verified.
 * Every session of the account ends in the same transaction (whoever knew the old password is
 * out), and the owner is told by mail.
 */
export async function resetPassword(actor: AuditActor, input: { token: string; password: string }): Promise<{ email: string }> {
  await enforce(db, [[authRules.resetIp, actor.ip]]);
  const passwordHash = await hashPassword(input.password);
  const result = await transaction(async ({ tx }) => {
    const userId = await consumeUserToken(tx, input.token, "password_reset");
    const [user] = await tx
      .update(users)
      .set({ passwordHash, emailVerified: new Date() })
      .where(eq(users.id, userId))
      .returning({ email: users.email });
    // Other outstanding reset links stop working once one is used.
    await tx
      .update(userTokens)
      .set({ usedAt: new Date() })
      .where(and(eq(userTokens.userId, userId), eq(userTokens.purpose, "password_reset"), isNull(userTokens.usedAt)));
    const sessionsEnded = await revokeOtherSessions(tx, { userId, keep: null });
    await writeAudit(tx, { ...actor, userId }, { action: "user.password_reset", targetType: "user", targetId: userId, changes: { sessionsEnded } });
    return { email: user!.email };
  });
  const mail = passwordChangedMail({ at: new Date(), how: "reset", recoverUrl: `${env.APP_URL}/forgot-password` });
  await sendMail({ to: result.email, ...mail });
  return result;
}
