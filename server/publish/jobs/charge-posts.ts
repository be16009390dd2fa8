/** Posts count against the organization's plan when they are scheduled (a cancelled job gives its unit back). */
import type { Db } from "@/server/db/client";

export async function chargePosts(_tx: Db, _organizationId: string, _count: number): Promise<void> {
  // Wired to server/billing/quota.ts (consumeQuota) once billing lands.
}

export async function refundPosts(_tx: Db, _organizationId: string, _count: number): Promise<void> {
  // Wired to server/billing/quota.ts (releaseQuota) once billing lands.
}
