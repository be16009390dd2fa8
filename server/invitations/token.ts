import "server-only";
import { env } from "@/env";
import { signToken, toEpochSeconds, verifyToken } from "@/server/security/signed-token";

/**
 * Invitation links carry `${invitationId}.${expiresAtEpochSeconds}.${signature}` (see
 * server/security/signed-token.ts, purpose "invitation"). A valid signature proves we issued the
 * link; the row still decides whether it can be used.
 */
export { toEpochSeconds };

export function signInvitationToken(invitationId: string, expiresAt: Date): string {
  return signToken("invitation", invitationId, expiresAt);
}

/** The invitation id and expiry in a token, or null when it is malformed or its signature is wrong. */
export function verifyInvitationToken(token: string): { invitationId: string; expiresAtEpoch: number } | null {
  const verified = verifyToken("invitation", token);
  return verified ? { invitationId: verified.id, expiresAtEpoch: verified.expiresAtEpoch } : null;
}

export function invitationUrl(token: string): string {
  return `${env.APP_URL}/invite/${token}`;
}
