import "server-only";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { appendBrandBookVersion, type SaveBrandBookResult } from "./append-version";
import type { SaveBrandBookInput } from "./schemas";

/**
 * Saves the brand book as its next version (max + 1) and records which fields changed.
 * Saving what is already current adds no version.
 */
export function saveBrandBook(
  ctx: Pick<WorkspaceServiceContext, "workspace" | "actor">,
  input: SaveBrandBookInput,
): Promise<SaveBrandBookResult> {
  return transaction(({ tx }) => appendBrandBookVersion(tx, ctx, input.book, { baseVersion: input.baseVersion }));
}
