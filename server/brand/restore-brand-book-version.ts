import "server-only";
import { and, eq } from "drizzle-orm";
import { brandBooks } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { notFound } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { appendBrandBookVersion, type SaveBrandBookResult } from "./append-version";
import { emptyBrandBook } from "@/lib/brand/fields";
import type { BrandBookVersionInput } from "./schemas";

/**
 * Makes an earlier version current again by saving its content as a new version (history is
 * never rewritten). Restoring content that is already current adds nothing.
 */
export function restoreBrandBookVersion(
  ctx: Pick<WorkspaceServiceContext, "workspace" | "actor">,
  input: BrandBookVersionInput,
): Promise<SaveBrandBookResult & { restoredFrom: number }> {
  return transaction(async ({ tx }) => {
    const [old] = await tx
      .select({ book: brandBooks.book })
      .from(brandBooks)
      .where(and(eq(brandBooks.workspaceId, ctx.workspace.id), eq(brandBooks.version, input.version)));
    if (!old) throw notFound(`Version ${input.version} of the brand book`);
    const result = await appendBrandBookVersion(tx, ctx, { ...emptyBrandBook, ...old.book }, { restoredFrom: input.version });
    return { ...result, restoredFrom: input.version };
  });
}
