import "server-only";
import type { Db } from "@/server/db/client";
import { selectBrandBookVersions, type BrandBookVersion } from "./brand-book-row";

/**
 * The workspace's current brand book (its highest version), or null when it has none yet.
 * The generation workflow reads this and records the version it wrote with.
 */
export async function getCurrentBrandBook(db: Db, workspaceId: string): Promise<BrandBookVersion | null> {
  const [current] = await selectBrandBookVersions(db, workspaceId);
  return current ?? null;
}
