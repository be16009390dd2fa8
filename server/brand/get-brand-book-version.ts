import "server-only";
import { eq } from "drizzle-orm";
import { brandBooks } from "@/server/db/schema";
import { notFound } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { selectBrandBookVersions, type BrandBookVersion } from "./brand-book-row";
import type { BrandBookVersionInput } from "./schemas";

/** One version of the workspace's brand book, as it was saved. */
export async function getBrandBookVersion(
  ctx: Pick<WorkspaceServiceContext, "db" | "workspace">,
  input: BrandBookVersionInput,
): Promise<BrandBookVersion> {
  const [found] = await selectBrandBookVersions(ctx.db, ctx.workspace.id, eq(brandBooks.version, input.version));
  if (!found) throw notFound(`Version ${input.version} of the brand book`);
  return found;
}
