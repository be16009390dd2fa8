import "server-only";

/**
 * Webhook signatures, Standard Webhooks (https://www.standardwebhooks.com):
 *   webhook-id:        the job's idempotency key — the same on every retry, so receivers dedupe on it
 *   webhook-timestamp: unix seconds of this attempt
 *   webhook-signature: `v1,<base64 HMAC-SHA256(key, "<id>.<timestamp>.<raw body>")>`
 * The key is the secret's bytes: `whsec_<base64>`, decoded after the prefix, so a receiver's stock
 * library (`new Webhook(secret).verify(body, headers)`) verifies it as it is.
 *
 * Secrets issued before (base64url, no padding) decode to the same bytes here; stock libraries need
 * them in standard base64 (`-`→`+`, `_`→`/`, one `=` appended) — see `standardSecret`. Receivers
 * built on the earlier scheme keep working: see legacy-signature.ts, still sent beside these.
 */
import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";

export const eventHeader = "X-Loomcast-Event";
const prefix = "whsec_";

/** A new signing secret (32 random bytes, standard base64), shown to the member once. */
export function newSigningSecret(): string {
  return `${prefix}${randomBytes(32).toString("base64")}`;
}

/** The HMAC key of a secret: its base64 (or base64url) bytes after `whsec_`. */
export function signingKey(secret: string): Buffer {
  const key = Buffer.from(secret.startsWith(prefix) ? secret.slice(prefix.length) : secret, "base64");
  if (key.length === 0) throw new Error("The webhook signing secret is empty.");
  return key;
}

/** The same secret as a Standard Webhooks library expects it (`whsec_` + padded standard base64). */
export function standardSecret(secret: string): string {
  return `${prefix}${signingKey(secret).toString("base64")}`;
}

function sign(secret: string, id: string, timestamp: number, body: string): string {
  return createHmac("sha256", signingKey(secret)).update(`${id}.${timestamp}.${body}`).digest("base64");
}

/** The three Standard Webhooks headers for one attempt. */
export function standardWebhookHeaders(secret: string, id: string, body: string, timestamp = Math.floor(Date.now() / 1000)): Record<string, string> {
  return { "webhook-id": id, "webhook-timestamp": String(timestamp), "webhook-signature": `v1,${sign(secret, id, timestamp, body)}` };
}

/** Verifies Standard Webhooks headers (what a receiver does; our tests also use the `standardwebhooks` package). */
export function verifyStandardWebhook(secret: string, headers: Record<string, string | string[] | undefined>, body: string, toleranceSec = 300, now = Date.now()): boolean {
  const one = (name: string) => {
    const value = headers[name];
    return Array.isArray(value) ? value[0] : value;
  };
  const id = one("webhook-id");
  const timestamp = Number(one("webhook-timestamp"));
  const signatures = one("webhook-signature");
  if (!id || !signatures || !Number.isInteger(timestamp) || Math.abs(now / 1000 - timestamp) > toleranceSec) return false;
  const expected = Buffer.from(sign(secret, id, timestamp, body), "base64");
  return signatures.split(" ").some((versioned) => {
    const [version, value] = versioned.split(",", 2);
    if (version !== "v1" || !value) return false;
    const given = Buffer.from(value, "base64");
    return given.length === expected.length && timingSafeEqual(given, expected);
  });
}
