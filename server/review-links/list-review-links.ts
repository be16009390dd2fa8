import "server-only";
import { and, desc, eq } from "drizzle-orm";
import { loadContentItem } from "@/server/content/load-content";
import { reviewLinks, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewLinkListInput } from "./schemas";
import { reviewLinkUrl, signReviewLinkToken } from "./token";

/** The item's review links, newest first, with their URL and state (active, expired, revoked). */
export async function listReviewLinks(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">, input: ReviewLinkListInput) {
  const item = await loadContentItem(ctx.db, ctx.workspace.id, input.contentItemId);
  const rows = await ctx.db
    .select({ link: reviewLinks, creatorName: users.name, creatorEmail: users.email })
    .from(reviewLinks)
    .leftJoin(users, eq(users.id, reviewLinks.createdById))
    .where(and(eq(reviewLinks.workspaceId, ctx.workspace.id), eq(reviewLinks.contentItemId, item.id)))
    .orderBy(desc(reviewLinks.createdAt));
  const now = Date.now();
  return rows.map(({ link, creatorName, creatorEmail }) => ({
    id: link.id,
    url: reviewLinkUrl(signReviewLinkToken(link.id, link.expiresAt)),
    state: link.revokedAt ? ("revoked" as const) : link.expiresAt.getTime() <= now ? ("expired" as const) : ("active" as const),
    expiresAt: link.expiresAt,
    revokedAt: link.revokedAt,
    lastUsedAt: link.lastUsedAt,
    createdAt: link.createdAt,
    createdBy: creatorName ?? creatorEmail ?? null,
  }));
}
