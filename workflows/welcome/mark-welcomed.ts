import "server-only";
import { and, eq, isNull } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { workspaces } from "@/server/db/schema";

/**
 * Sets workspaces.welcomed_at once. Running it again (a retried step, a replayed workflow)
 * keeps the first time and returns it.
 */
export async function markWelcomed(db: Db, workspaceId: string): Promise<string | null> {
  const [updated] = await db
    .update(workspaces)
    .set({ welcomedAt: new Date() })
    .where(and(eq(workspaces.id, workspaceId), isNull(workspaces.welcomedAt)))
    .returning({ welcomedAt: workspaces.welcomedAt });
  if (updated?.welcomedAt) return updated.welcomedAt.toISOString();
  const [existing] = await db.select({ welcomedAt: workspaces.welcomedAt }).from(workspaces).where(eq(workspaces.id, workspaceId));
  return existing?.welcomedAt?.toISOString() ?? null;
}
