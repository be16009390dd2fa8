import "server-only";
import { eq } from "drizzle-orm";
import type { JWT } from "next-auth/jwt";
import { db } from "@/server/db/client";
import { userSessions } from "@/server/db/schema";

/** Sign-out: the token's session row is revoked, so a copied cookie no longer works either. */
export async function endSession(token: JWT | null | undefined): Promise<void> {
  if (!token?.sid || !token.sub) return;
  await db.update(userSessions).set({ revokedAt: new Date() }).where(eq(userSessions.id, token.sid));
}
