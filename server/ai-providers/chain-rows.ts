import "server-only";

/** Row access for one workspace's provider chain; every query is scoped by workspace_id. */
import { and, asc, eq, sql } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { aiProviders } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";
import { notFound } from "@/server/errors/app-error";
import type { ProviderRow } from "./provider-view";

/** Serialises changes to one workspace's chain (create, reorder, remove) until the transaction ends. */
export async function lockChain(tx: Tx, workspaceId: string): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`ai_providers:${workspaceId}`}))`);
}

/** The workspace's providers in chain order (priority, then age). */
export function chainRows(db: Db | Tx, workspaceId: string): Promise<ProviderRow[]> {
  return db.select().from(aiProviders).where(eq(aiProviders.workspaceId, workspaceId)).orderBy(asc(aiProviders.priority), asc(aiProviders.createdAt));
}

/** One provider of the workspace (locked for update inside a transaction), or NOT_FOUND. */
export async function findProvider(db: Db | Tx, workspaceId: string, id: string, options: { lock?: boolean } = {}): Promise<ProviderRow> {
  const query = db
    .select()
    .from(aiProviders)
    .where(and(eq(aiProviders.workspaceId, workspaceId), eq(aiProviders.id, id)));
  const [row] = options.lock ? await query.for("update") : await query;
  if (!row) throw notFound("AI provider");
  return row;
}

export const providerAuditTarget = "ai_provider";
