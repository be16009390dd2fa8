import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { reviewLinks } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { notFound } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewLinkRevokeInput } from "./schemas";

/** Revokes a link at once (idempotent: revoking twice keeps the first time). */
export async function revokeReviewLink(ctx: WorkspaceServiceContext, input: ReviewLinkRevokeInput) {
  return transaction(async ({ tx }) => {
    const where = and(eq(reviewLinks.workspaceId, ctx.workspace.id), eq(reviewLinks.id, input.linkId));
    const [link] = await tx.select().from(reviewLinks).where(where).for("update");
    if (!link) throw notFound("Review link");
    if (link.revokedAt) return { id: link.id, revokedAt: link.revokedAt };
    const revokedAt = new Date();
    await tx.update(reviewLinks).set({ revokedAt }).where(where);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "review_link.revoked",
      targetType: "content_item",
      targetId: link.contentItemId,
      changes: { reviewLinkId: link.id },
    });
    return { id: link.id, revokedAt };
  });
}
