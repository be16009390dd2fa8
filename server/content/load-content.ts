import "server-only";

/** Tenant-scoped lookups: another workspace's id finds nothing and comes back NOT_FOUND. */
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { contentItems, generationRuns } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";

export async function loadContentItem(db: Db, workspaceId: string, contentItemId: string) {
  const [item] = await db
    .select()
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, workspaceId), eq(contentItems.id, contentItemId)));
  if (!item) throw notFound("Content");
  return item;
}

export async function loadRun(db: Db, workspaceId: string, runId: string, options: { lock?: boolean } = {}) {
  const query = db
    .select()
    .from(generationRuns)
    .where(and(eq(generationRuns.workspaceId, workspaceId), eq(generationRuns.id, runId)));
  const [run] = options.lock ? await query.for("update") : await query;
  if (!run) throw notFound("Generation run");
  return run;
}
