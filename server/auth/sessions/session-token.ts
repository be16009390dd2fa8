import "server-only";
import type { JWT } from "next-auth/jwt";
import { db } from "@/server/db/client";
import { checkSession } from "./check-session";
import { requestDevice } from "./request-device";
import { startSession } from "./start-session";

/**
 * Auth.js `jwt` callback. At sign-in it records a session row and puts its id in the token
 * (`sid`); on every later request it refuses (null: the cookie is cleared and the caller is signed
 * out) a token whose row was revoked, expired or deleted with its user. Tokens from before
 * sessions had rows carry no `sid` and are refused the same way.
 */
export async function sessionToken(params: { token: JWT; user?: { id?: string | null } | null; account?: { provider: string } | null }): Promise<JWT | null> {
  const { token, user, account } = params;
  if (user?.id) {
    const sid = await startSession(db, { userId: user.id, method: account?.provider ?? "unknown", ...requestDevice() });
    return { ...token, sub: user.id, sid };
  }
  if (!token.sub || typeof token.sid !== "string") return null;
  return (await checkSession(db, { sid: token.sid, userId: token.sub })) ? token : null;
}
