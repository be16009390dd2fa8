import "server-only";
import { eq } from "drizzle-orm";
import { users } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";

/** Who a member is, for audit records that must still read well after the member is gone. */
export async function memberIdentity(tx: Tx, userId: string): Promise<{ name: string | null; email: string | null }> {
  const [row] = await tx.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, userId)).limit(1);
  return { name: row?.name ?? null, email: row?.email ?? null };
}
