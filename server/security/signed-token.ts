import "server-only";
import { createHmac, timingSafeEqual } from "node:crypto";
import { env } from "@/env";

/**
 * Signed link tokens `${id}.${expiresAtEpochSeconds}.${signature}`: HMAC-SHA256 keyed with
 * AUTH_SECRET over `${purpose}:${id}.${expiry}`, base64url. The purpose keeps one kind of link from
 * being replayed as another. A valid signature proves we issued the link; the row still decides.
 */
function sign(purpose: string, id: string, expiresAtEpoch: number): string {
  return createHmac("sha256", env.AUTH_SECRET).update(`${purpose}:${id}.${expiresAtEpoch}`).digest("base64url");
}

/** Expiries are whole seconds so the token and the row agree exactly. */
export function toEpochSeconds(date: Date): number {
  return Math.floor(date.getTime() / 1000);
}

export function signToken(purpose: string, id: string, expiresAt: Date): string {
  const epoch = toEpochSeconds(expiresAt);
  return `${id}.${epoch}.${sign(purpose, id, epoch)}`;
}

/** The id and expiry in a token, or null when it is malformed or its signature is wrong. */
export function verifyToken(purpose: string, token: string): { id: string; expiresAtEpoch: number } | null {
  const parts = token.split(".");
  if (parts.length !== 3) return null;
  const [id, epochText, signature] = parts as [string, string, string];
  if (!id || !/^\d{1,12}$/.test(epochText)) return null;
  const expiresAtEpoch = Number(epochText);
  const expected = Buffer.from(sign(purpose, id, expiresAtEpoch));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null;
  return { id, expiresAtEpoch };
}
