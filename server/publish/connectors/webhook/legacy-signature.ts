import "server-only";

/**
 * The signature webhooks carried before Standard Webhooks, still sent beside the standard headers
 * so receivers built on it keep working with the secret they hold (deprecated; new receivers use
 * the `webhook-*` headers, see signature.ts):
 * `X-Loomcast-Signature: t=<unix seconds>,v1=<hex HMAC-SHA256(secret as UTF-8 text, "<t>.<raw body>")>`.
 */
import { createHmac, timingSafeEqual } from "node:crypto";

export const legacySignatureHeader = "X-Loomcast-Signature";

function hmac(secret: string, timestamp: number, body: string): string {
  return createHmac("sha256", secret).update(`${timestamp}.${body}`).digest("hex");
}

export function signLegacyWebhookBody(secret: string, body: string, timestamp = Math.floor(Date.now() / 1000)): string {
  return `t=${timestamp},v1=${hmac(secret, timestamp, body)}`;
}

/** True when `header` is a valid legacy signature of `body` under `secret`, made within `toleranceSec` of now. */
export function verifyLegacyWebhookSignature(secret: string, header: string | null | undefined, body: string, toleranceSec = 300, now = Date.now()): boolean {
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
