import "server-only";
import { and, desc, eq, gt, isNull } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { userSessions } from "@/server/db/schema";
import { describeDevice } from "./describe-device";

export interface ActiveSession {
  id: string;
  device: string;
  userAgent: string | null;
  ip: string | null;
  method: string;
  createdAt: Date;
  lastSeenAt: Date;
  current: boolean;
}

/** The user's live sessions, the current one first, then by last use. */
export async function listSessions(ctx: { db: Db; userId: string; currentSessionId: string | null }): Promise<ActiveSession[]> {
  const rows = await ctx.db
    .select()
    .from(userSessions)
    .where(and(eq(userSessions.userId, ctx.userId), isNull(userSessions.revokedAt), gt(userSessions.expiresAt, new Date())))
    .orderBy(desc(userSessions.lastSeenAt))
    .limit(100);
  return rows
    .map((row) => ({
      id: row.id,
      device: describeDevice(row.userAgent),
      userAgent: row.userAgent,
      ip: row.ip,
      method: row.method,
      createdAt: row.createdAt,
      lastSeenAt: row.lastSeenAt,
      current: row.id === ctx.currentSessionId,
    }))
    .sort((a, b) => Number(b.current) - Number(a.current));
}
