import "server-only";

/**
 * Public: a client's decision through a review link on the link's one item (current version).
 * Recorded as "Client: <name> (review link)" in the approval history and the audit log.
 */
import { and, eq } from "drizzle-orm";
import { reviewLinks, workspaces } from "@/server/db/schema";
import { db } from "@/server/db/client";
import { transaction } from "@/server/db/transaction";
import { limitReviewLinkDecision } from "@/server/security/abuse-limits";
import { enforce } from "@/server/security/rate-limit";
import { AppError, notFound } from "@/server/errors/app-error";
import { lockItem } from "@/server/review/lock-item";
import { liveApprovals, loadPolicy, nextStep } from "@/server/review/policy";
import { recordDecision } from "@/server/review/record-decision";
import { pendingSchedule } from "@/server/review/schedule";
import type { Context } from "@/server/trpc/context";
import { clientAbilities } from "./client-step";
import { clientLabel, loadLinkByToken } from "./load-link";
import type { ReviewLinkDecideInput } from "./schemas";

/** Public and unauthenticated: decisions are counted per client IP and per link. */
const decideRules = {
  ip: { name: "review-link-decide:ip", limit: 30, windowSeconds: 60 * 60 },
  link: { name: "review-link-decide:link", limit: 20, windowSeconds: 60 * 60 },
};

export async function decideReviewLink(ctx: Pick<Context, "ip" | "requestId">, input: ReviewLinkDecideInput) {
  await enforce(db, [
    [decideRules.ip, ctx.ip],
    [decideRules.link, input.token.split(".")[0]],
  ]);
  return transaction(async ({ tx }) => {
    const link = await loadLinkByToken(tx, input.token, { lock: true });
    await limitReviewLinkDecision(link.workspaceId);
    const [workspace] = await tx
      .select({ id: workspaces.id, organizationId: workspaces.organizationId, slug: workspaces.slug, name: workspaces.name })
      .from(workspaces)
      .where(eq(workspaces.id, link.workspaceId));
    if (!workspace) throw notFound("Workspace");
    const item = await lockItem(tx, workspace.id, link.contentItemId);
    const policy = await loadPolicy(tx, workspace.id);
    const live = await liveApprovals(tx, workspace.id, item.id, item.currentVersion);
    const next = item.status === "in_review" ? nextStep(policy, live) : null;
    const abilities = clientAbilities(item.status, next);
    const allowed = input.decision === "approve" ? abilities.approve : abilities.requestChanges;
    if (!allowed || !next) throw new AppError("CONFLICT", abilities.reason ?? "This content is not waiting for your decision.");
    const label = clientLabel(input.name);
    const actor = { audit: { userId: null, label, ip: ctx.ip, requestId: ctx.requestId }, userId: null, reviewLinkId: link.id, label };
    const pending = input.decision === "approve" && next.final ? pendingSchedule(live) : null;
    const result = await recordDecision(tx, workspace, actor, item, {
      action: input.decision === "request_changes" ? "request_changes" : !next.final ? "approve" : pending ? "approve_and_schedule" : "approve_final",
      auditAction: input.decision === "request_changes" ? "content.changes_requested" : next.final ? "content.approved" : "content.step_approved",
      decision: input.decision === "approve" ? "approved" : "changes_requested",
      step: next.number,
      stepName: next.name,
      comment: input.comment || null,
      scheduledFor: pending?.at ?? null,
      timezone: pending?.timezone ?? null,
    });
    await tx.update(reviewLinks).set({ lastUsedAt: new Date() }).where(and(eq(reviewLinks.id, link.id), eq(reviewLinks.workspaceId, workspace.id)));
    return { status: result.status, decision: result.approval.decision, versionNumber: result.approval.versionNumber };
  });
}
