import "server-only";
import { db } from "@/server/db/client";
import { clientIp } from "@/server/trpc/context";
import { authRules, hit } from "@/server/security/rate-limit";
import { emailSchema } from "./schemas";

/** Counts a magic-link request; returns the wait when the IP or the address is over its limit. */
export async function magicLinkLimited(req: Request): Promise<{ retryAfter: number } | null> {
  const form = await req.clone().formData().catch(() => null);
  const email = emailSchema.safeParse(form?.get("email") ?? "");
  const checks = [
    [authRules.magicLinkIp, clientIp(req.headers)],
    [authRules.magicLinkEmail, email.success ? email.data : null],
  ] as const;
  for (const [rule, subject] of checks) {
    if (!subject) continue;
    const result = await hit(db, rule, subject);
    if (!result.ok) return { retryAfter: result.retryAfter };
  }
  return null;
}
