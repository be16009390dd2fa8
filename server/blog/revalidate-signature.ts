import "server-only";
import { createHash, createHmac, timingSafeEqual } from "node:crypto";
import { z } from "zod";
import { env } from "@/env";
import { safeText } from "@/server/validation/text";

/**
 * The worker asks the web app to expire blog caches with a body signed by a key derived from
 * AUTH_SECRET (never the secret itself): `t=<unix seconds>,v1=<hex hmac of "t.body">`.
 * Signatures older than five minutes are refused (replay window).
 */
export const revalidateBodySchema = z.object({
  workspaceId: safeText().min(1).max(64),
  slugs: z.array(safeText().min(1).max(200)).max(200).default([]),
  /** Site slugs whose lookups to clear too (settings change, disabled blog). */
  sites: z.array(safeText().min(1).max(64)).max(10).default([]),
});
export type RevalidateBody = z.infer<typeof revalidateBodySchema>;

const maxAgeSeconds = 300;
const key = () => createHash("sha256").update(`loomcast:blog-revalidate:${env.AUTH_SECRET}`).digest();

export function signRevalidation(body: string, now = Date.now()): string {
  const t = Math.floor(now / 1000);
  return `t=${t},v1=${createHmac("sha256", key()).update(`${t}.${body}`).digest("hex")}`;
}

export function verifyRevalidation(body: string, header: string | null, now = Date.now()): boolean {
  const match = /^t=(\d{1,12}),v1=([0-9a-f]{64})$/.exec(header ?? "");
  if (!match) return false;
  const t = Number(match[1]);
  if (Math.abs(now / 1000 - t) > maxAgeSeconds) return false;
  const expected = Buffer.from(createHmac("sha256", key()).update(`${t}.${body}`).digest("hex"));
  const given = Buffer.from(match[2]!);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

export const signatureHeader = "x-loomcast-signature";
