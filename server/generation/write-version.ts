import "server-only";

/**
 * The content version a stage writes. Keyed by (run, source): a stage that runs again rewrites its
 * own version instead of adding one. New numbers are allocated under a lock on the content item,
 * so concurrent stages (SEO and image) never take the same number.
 */
import { and, eq, max } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { contentItems, contentVersions } from "@/server/db/schema";
import type { Draft, ImagePrompt, SeoFields } from "@/server/ai/stage-schemas";
import type { StageIds } from "./stage-ids";

export type VersionContent = {
  title: string;
  body: string;
  posts?: Draft["posts"];
  seo?: SeoFields | null;
  image?: (ImagePrompt & { url?: string }) | null;
  qualityScore?: number | null;
};

export async function writeVersion(tx: Db, ids: StageIds, source: string, content: VersionContent, makeCurrent: boolean): Promise<number> {
  const itemWhere = and(eq(contentItems.id, ids.contentItemId), eq(contentItems.workspaceId, ids.workspaceId));
  await tx.select({ id: contentItems.id }).from(contentItems).where(itemWhere).for("update");
  const values = {
    title: content.title,
    body: content.body,
    posts: content.posts ?? [],
    seo: content.seo ?? null,
    image: content.image ?? null,
    qualityScore: content.qualityScore ?? null,
  };
  const [existing] = await tx
    .select({ id: contentVersions.id, number: contentVersions.number })
    .from(contentVersions)
    .where(and(eq(contentVersions.contentItemId, ids.contentItemId), eq(contentVersions.workspaceId, ids.workspaceId), eq(contentVersions.runId, ids.runId), eq(contentVersions.source, source)));
  let number: number;
  if (existing) {
    await tx.update(contentVersions).set(values).where(eq(contentVersions.id, existing.id));
    number = existing.number;
  } else {
    const [last] = await tx
      .select({ n: max(contentVersions.number) })
      .from(contentVersions)
      .where(and(eq(contentVersions.contentItemId, ids.contentItemId), eq(contentVersions.workspaceId, ids.workspaceId)));
    number = (last?.n ?? 0) + 1;
    await tx.insert(contentVersions).values({ workspaceId: ids.workspaceId, contentItemId: ids.contentItemId, number, source, runId: ids.runId, ...values });
  }
  if (makeCurrent) await tx.update(contentItems).set({ currentVersion: number }).where(itemWhere);
  return number;
}
