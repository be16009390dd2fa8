import "server-only";

/** A reviewer's quality score (1–5) on one of their own decisions. */
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { approvals } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { forbidden, notFound } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ReviewScoreInput } from "./schemas";

export async function scoreApproval(ctx: WorkspaceServiceContext, input: ReviewScoreInput) {
  return transaction(async ({ tx }) => {
    const where = and(eq(approvals.workspaceId, ctx.workspace.id), eq(approvals.id, input.approvalId));
    const [row] = await tx.select().from(approvals).where(where).for("update");
    if (!row) throw notFound("Decision");
    if (row.actorId !== ctx.user.id) throw forbidden("You can only score your own review decisions.");
    await tx.update(approvals).set({ score: input.score }).where(where);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "content.review_scored",
      targetType: "content_item",
      targetId: row.contentItemId,
      changes: { approvalId: row.id, version: row.versionNumber, from: row.score, to: input.score },
    });
    return { approvalId: row.id, score: input.score };
  });
}
