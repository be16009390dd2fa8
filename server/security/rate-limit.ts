import "server-only";
import { sql } from "drizzle-orm";
import { env } from "@/env";
import type { Db } from "@/server/db/client";
import { rateLimits } from "@/server/db/schema";
import { AppError } from "@/server/errors/app-error";

export interface RateRule {
  /** What is limited, e.g. "sign-in:ip". */
  name: string;
  limit: number;
  windowSeconds: number;
}

/**
 * Counts one attempt against `rule` for `subject` in a fixed window shared by all web
 * instances (a row per key and window). Returns the seconds to wait when over the limit.
 */
export async function hit(db: Db, rule: RateRule, subject: string): Promise<{ ok: boolean; retryAfter: number }> {
  const windowMs = rule.windowSeconds * 1000;
  const start = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  const [row] = await db
    .insert(rateLimits)
    .values({ key: `${rule.name}:${subject.toLowerCase()}`, windowStart: start, count: 1 })
    .onConflictDoUpdate({
      target: [rateLimits.key, rateLimits.windowStart],
      set: { count: sql`${rateLimits.count} + 1` },
    })
    .returning({ count: rateLimits.count });
  const retryAfter = Math.ceil((start.getTime() + windowMs - Date.now()) / 1000);
  return { ok: (row?.count ?? 0) <= rule.limit, retryAfter };
}

export function retryMessage(seconds: number): string {
  const minutes = Math.ceil(seconds / 60);
  return seconds < 90
    ? `Too many attempts. Please wait ${seconds} seconds and try again.`
    : `Too many attempts. Please wait ${minutes} minutes and try again.`;
}

/** Applies every rule (e.g. per IP and per email); throws RATE_LIMITED on the first exceeded. */
export async function enforce(db: Db, checks: Array<[RateRule, string | null | undefined]>): Promise<void> {
  for (const [rule, subject] of checks) {
    if (!subject) continue;
    const result = await hit(db, rule, subject);
    if (!result.ok) throw new AppError("RATE_LIMITED", retryMessage(result.retryAfter));
  }
}

export const authRules = {
  signInIp: { name: "sign-in:ip", limit: env.SIGN_INS_PER_IP_PER_15_MIN, windowSeconds: 15 * 60 },
  signInEmail: { name: "sign-in:email", limit: 5, windowSeconds: 15 * 60 },
  signUpIp: { name: "sign-up:ip", limit: env.SIGN_UPS_PER_IP_PER_HOUR, windowSeconds: 60 * 60 },
  resetIp: { name: "reset:ip", limit: 10, windowSeconds: 60 * 60 },
  resetEmail: { name: "reset:email", limit: 3, windowSeconds: 60 * 60 },
  magicLinkIp: { name: "magic-link:ip", limit: 10, windowSeconds: 60 * 60 },
  magicLinkEmail: { name: "magic-link:email", limit: 3, windowSeconds: 15 * 60 },
} satisfies Record<string, RateRule>;
