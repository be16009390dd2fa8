/**
 * Puts a limiter window (server/security/rate-limit.ts) at a given count, as earlier requests
 * would have, so a test reaches a limit with one real request instead of hundreds. Waits for the
 * next window when the current one is about to end, so the window cannot roll over mid-test.
 */
import { sql } from "drizzle-orm";
import { db } from "@/server/db/client";
import { rateLimits } from "@/server/db/schema";
import type { RateRule } from "@/server/security/rate-limit";

export async function fillWindow(rule: RateRule, subject: string, count: number, marginMs = 5_000): Promise<void> {
  const windowMs = rule.windowSeconds * 1000;
  const left = windowMs - (Date.now() % windowMs);
  if (left < marginMs) await new Promise((r) => setTimeout(r, left + 50));
  const start = new Date(Math.floor(Date.now() / windowMs) * windowMs);
  await db
    .insert(rateLimits)
    .values({ key: `${rule.name}:${subject.toLowerCase()}`, windowStart: start, count })
    .onConflictDoUpdate({ target: [rateLimits.key, rateLimits.windowStart], set: { count: sql`excluded.count` } });
}
