import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/env";

/**
 * Invitation links carry `${invitationId}.${expiresAtEpochSeconds}.${signature}`, the signature
 * being HMAC-SHA256 (keyed with AUTH_SECRET) over the id and expiry, in base64url. A valid
 * signature proves we issued the link; the row still decides whether it can be used.
 */
function sign(invitationId: string, expiresAtEpoch: number): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`invitation:${invitationId}.${expiresAtEpoch}`).digest("base64url");
}

/** Invitation expiries are whole seconds so the token and the row agree exactly. */
export function toEpochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function signInvitationToken(invitationId: string, expiresAt: Date): string {
  const epoch = toEpochSeconds(expiresAt);
  return `${invitationId}.${epoch}.${sign(invitationId, epoch)}`;
}

/** The invitation id and expiry in a token, or null when it is malformed or its signature is wrong. */
export function verifyInvitationToken(token: string): { invitationId: string; expiresAtEpoch: number } | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [invitationId, epochText, signature] = parts as [string, string, string];
  if (!invitationId || !/^\d{1,12}$/.test(epochText)) return null;
  const expiresAtEpoch = Number(epochText);
  const expected = Buffer.from(sign(invitationId, expiresAtEpoch));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { invitationId, expiresAtEpoch };
}

export function invitationUrl(token: string): string {
  return `${env.APP_URL}/invite/${token}`;
}
