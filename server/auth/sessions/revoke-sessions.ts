import "server-only";
import { and, eq, isNull, ne, type SQL } from "drizzle-orm";
import type { Tx } from "@/server/db/transaction";
import { userSessions } from "@/server/db/schema";

function revokeWhere(tx: Tx, where: SQL | undefined): Promise<{ id: string }[]> {
  return tx.update(userSessions).set({ revokedAt: new Date() }).where(and(where, isNull(userSessions.revokedAt))).returning({ id: userSessions.id });
}

/** Ends one of the user's sessions (another user's session id matches nothing). */
export async function revokeSession(tx: Tx, ref: { userId: string; sessionId: string }): Promise<boolean> {
  const rows = await revokeWhere(tx, and(eq(userSessions.userId, ref.userId), eq(userSessions.id, ref.sessionId)));
  return rows.length > 0;
}

/** Ends every session of the user except `keep` (the caller's own, when there is one). */
export async function revokeOtherSessions(tx: Tx, ref: { userId: string; keep: string | null }): Promise<number> {
  const others = ref.keep ? ne(userSessions.id, ref.keep) : undefined;
  return (await revokeWhere(tx, and(eq(userSessions.userId, ref.userId), others))).length;
}
