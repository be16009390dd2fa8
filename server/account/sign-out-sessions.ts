import "server-only";
import { writeAudit } from "@/server/audit/write-audit";
import { revokeOtherSessions, revokeSession } from "@/server/auth/sessions/revoke-sessions";
import { transaction } from "@/server/db/transaction";
import { AppError, notFound } from "@/server/errors/app-error";
import type { AccountContext } from "./schemas";

const actorOf = (ctx: AccountContext) => ({ userId: ctx.userId, ip: ctx.ip, requestId: ctx.requestId });

/** Signs out one of the caller's other sessions (another user's id is NOT_FOUND). */
export async function signOutSession(ctx: AccountContext, input: { sessionId: string }): Promise<void> {
  if (input.sessionId === ctx.sessionId) throw new AppError("CONFLICT", "This is the browser you are using: use Sign out instead.");
  await transaction(async ({ tx }) => {
    if (!(await revokeSession(tx, { userId: ctx.userId, sessionId: input.sessionId }))) throw notFound("Session");
    await writeAudit(tx, actorOf(ctx), { action: "user.session_revoked", targetType: "session", targetId: input.sessionId });
  });
}

/** "Sign out everywhere else": every session but the caller's ends. */
export async function signOutOtherSessions(ctx: AccountContext): Promise<{ sessionsEnded: number }> {
  return transaction(async ({ tx }) => {
    const sessionsEnded = await revokeOtherSessions(tx, { userId: ctx.userId, keep: ctx.sessionId });
    await writeAudit(tx, actorOf(ctx), { action: "user.other_sessions_revoked", targetType: "user", targetId: ctx.userId, changes: { sessionsEnded } });
    return { sessionsEnded };
  });
}
