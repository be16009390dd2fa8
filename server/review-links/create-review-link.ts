import "server-only";
import { writeAudit } from "@/server/audit/write-audit";
import { loadContentItem } from "@/server/content/load-content";
import { reviewLinks } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewLinkCreateInput } from "./schemas";
import { reviewLinkUrl, signReviewLinkToken } from "./token";

/** A signed link for one item that expires after `expiresInDays` (whole seconds, so token and row agree). */
export async function createReviewLink(ctx: WorkspaceServiceContext, input: ReviewLinkCreateInput) {
  return transaction(async ({ tx }) => {
    const item = await loadContentItem(tx, ctx.workspace.id, input.contentItemId);
    const expiresAt = new Date(Math.floor((Date.now() + input.expiresInDays * 86_400_000) / 1000) * 1000);
    const [link] = await tx
      .insert(reviewLinks)
      .values({ workspaceId: ctx.workspace.id, contentItemId: item.id, createdById: ctx.user.id, expiresAt })
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "review_link.created",
      targetType: "content_item",
      targetId: item.id,
      changes: { reviewLinkId: link!.id, expiresAt: expiresAt.toISOString() },
    });
    const token = signReviewLinkToken(link!.id, expiresAt);
    return { id: link!.id, token, url: reviewLinkUrl(token), expiresAt };
  });
}
