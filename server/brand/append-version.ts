import "server-only";
import { desc, eq, sql } from "drizzle-orm";
import type { BrandBook } from "@/lib/ai/brief";
import { writeAudit } from "@/server/audit/write-audit";
import { brandBooks } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { changedFields, type BrandBookField } from "@/lib/brand/fields";

export interface SaveBrandBookResult {
  /** The current version afterwards (null: the workspace still has no brand book). */
  version: number | null;
  /** False when the content equals the current version, so no version was added. */
  created: boolean;
  changedFields: BrandBookField[];
}

interface AppendOptions {
  /** The version the editor started from (0: none); a newer current version is a CONFLICT. */
  baseVersion?: number;
  /** Set when restoring: the version whose content this is. */
  restoredFrom?: number;
}

/**
 * Adds `book` as the workspace's next version, unless it equals the current one. A
 * transaction-scoped advisory lock per workspace makes concurrent saves take turns, so each gets
 * its own version number and none is lost. Audited in the same transaction.
 */
export async function appendBrandBookVersion(
  tx: Tx,
  ctx: Pick<WorkspaceServiceContext, "workspace" | "actor">,
  book: BrandBook,
  options: AppendOptions = {},
): Promise<SaveBrandBookResult> {
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`brand-book:${ctx.workspace.id}`}))`);
  const [current] = await tx
    .select({ version: brandBooks.version, book: brandBooks.book })
    .from(brandBooks)
    .where(eq(brandBooks.workspaceId, ctx.workspace.id))
    .orderBy(desc(brandBooks.version))
    .limit(1);
  const fields = changedFields(current?.book ?? null, book);
  if (fields.length === 0) return { version: current?.version ?? null, created: false, changedFields: [] };
  const currentVersion = current?.version ?? 0;
  if (options.baseVersion !== undefined && options.baseVersion !== currentVersion) {
    throw new AppError(
      "CONFLICT",
      `Someone saved version ${currentVersion} of the brand book while you were editing. Load it to see their changes, or save yours over it.`,
    );
  }
  const version = currentVersion + 1;
  const [row] = await tx
    .insert(brandBooks)
    .values({ workspaceId: ctx.workspace.id, version, book, createdById: ctx.actor.userId })
    .returning({ id: brandBooks.id });
  const restoring = options.restoredFrom !== undefined;
  await writeAudit(tx, ctx.actor, {
    organizationId: ctx.workspace.organizationId,
    workspaceId: ctx.workspace.id,
    action: restoring ? "brand.restored" : "brand.updated",
    targetType: "brand_book",
    targetId: row!.id,
    changes: { version, ...(restoring ? { restoredFrom: options.restoredFrom } : {}), fields },
  });
  return { version, created: true, changedFields: fields };
}
