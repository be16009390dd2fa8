import "server-only";

/** Posts count against the organization's plan when they are scheduled (a cancelled job gives its unit back). */
import { consumeQuota, releaseQuota } from "@/server/billing/quota";
import type { Db } from "@/server/db/client";

export async function chargePosts(tx: Db, organizationId: string, count: number): Promise<void> {
  if (count > 0) await consumeQuota(tx, { organizationId, metric: "posts", amount: count });
}

export async function refundPosts(tx: Db, organizationId: string, count: number): Promise<void> {
  if (count > 0) await releaseQuota(tx, { organizationId, metric: "posts", amount: count });
}
