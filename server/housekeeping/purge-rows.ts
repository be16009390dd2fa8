import "server-only";

/**
 * Deletes what a purge rule matches in small batches (`ctid = any(array(select … limit n))`, a TID
 * scan), each its own short statement, so housekeeping never holds long locks or bloats one
 * transaction. A run stops after `maxBatches`; the next run carries on.
 */
import { sql } from "drizzle-orm";
import { db } from "@/server/db/client";
import type { PurgeRule } from "./purge-rules";

export type PurgeLimits = { batch: number; maxBatches: number };
export const defaultLimits: PurgeLimits = { batch: 1000, maxBatches: 200 };

export async function purgeRows(rule: PurgeRule, now: Date, limits: PurgeLimits = defaultLimits): Promise<number> {
  const table = sql.identifier(rule.table);
  let deleted = 0;
  for (let n = 0; n < limits.maxBatches; n += 1) {
    const result = await db.execute(sql`delete from ${table} where ctid = any(array(select ctid from ${table} where ${rule.where(now)} limit ${limits.batch}))`);
    const count = result.rowCount ?? 0;
    deleted += count;
    if (count < limits.batch) break;
  }
  return deleted;
}
