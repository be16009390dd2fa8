/**
 * Webhook signatures: `X-Loomcast-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret, "<t>.<raw body>")>`.
 * Receivers verify with `verifyWebhookSignature` (or the same three lines in their language):
 * recompute the HMAC over the raw body, compare in constant time, refuse old timestamps.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const signatureHeader = "X-Loomcast-Signature";
export const eventHeader = "X-Loomcast-Event";

/** A new signing secret (32 random bytes), shown to the member once. */
export function newSigningSecret(): string {
  return `whsec_${randomBytes(32).toString("base64url")}`;
}

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signWebhookBody(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** True when `header` is a valid signature of `body` under `secret`, made within `toleranceSec` of now. */
export function verifyWebhookSignature(secret: string, header: string | null | undefined, body: string, toleranceSec = 300, now = Date.now()): boolean {
  if (!header) return false;
  const fields = new Map<string, string[]>();
  for (const part of header.split(",")) {
    const [key, value] = part.trim().split("=", 2);
    if (!key || !value) continue;
    fields.set(key, [...(fields.get(key) ?? []), value]);
  }
  const t = Number(fields.get("t")?.[0]);
  if (!Number.isInteger(t) || Math.abs(now / 1000 - t) > toleranceSec) return false;
  const expected = Buffer.from(hmac(secret, t, body), "hex");
  return (fields.get("v1") ?? []).some((candidate) => {
    const given = Buffer.from(candidate, "hex");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
