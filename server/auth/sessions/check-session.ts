import "server-only";
import { and, eq, gt, isNull, lt } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { userSessions } from "@/server/db/schema";
import { lastSeenResolutionMs, sessionExpiry } from "./lifetime";

/**
 * Whether the session `sid` of `userId` is still live (not revoked, not expired, the user still
 * exists). Runs on every authenticated request; refreshes last-seen and the rolling expiry at most
 * once per `lastSeenResolutionMs`.
 */
export async function checkSession(db: Db, ref: { sid: string; userId: string }): Promise<boolean> {
  const live = and(eq(userSessions.id, ref.sid), eq(userSessions.userId, ref.userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, new Date()));
  const [row] = await db.select({ lastSeenAt: userSessions.lastSeenAt }).from(userSessions).where(live).limit(1);
  if (!row) return false;
  const now = Date.now();
  if (now - row.lastSeenAt.getTime() >= lastSeenResolutionMs) {
    await db
      .update(userSessions)
      .set({ lastSeenAt: new Date(now), expiresAt: sessionExpiry(now) })
      .where(and(live, lt(userSessions.lastSeenAt, new Date(now - lastSeenResolutionMs))));
  }
  return true;
}
