import "server-only";

/**
 * Writes one review decision: the approvals row, the status change (through the state machine;
 * the publish gate trigger checks it), the audit record and a notification to the item's creator,
 * all in the caller's transaction.
 */
import { and, eq } from "drizzle-orm";
import { writeAudit, type AuditActor } from "@/server/audit/write-audit";
import type { Db } from "@/server/db/client";
import { approvals, contentItems } from "@/server/db/schema";
import { notify } from "@/server/notifications/notify";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";
import { withPublishGate } from "./gate-error";
import { reviewPath, type ContentItemRow } from "./lock-item";
import { transition, type ContentAction } from "./transitions";

export type DecisionActor = { audit: AuditActor; userId: string | null; reviewLinkId: string | null; label: string };

export type Decision = {
  action: ContentAction;
  auditAction: string;
  decision: "approved" | "changes_requested" | "rejected";
  step: number;
  stepName: string;
  comment?: string | null;
  score?: number | null;
  scheduledFor?: Date | null;
  timezone?: string | null;
};

const verbs: Record<Decision["decision"], string> = { approved: "approved", changes_requested: "requested changes on", rejected: "rejected" };

export async function recordDecision(tx: Db, workspace: WorkspaceRef, actor: DecisionActor, item: ContentItemRow, d: Decision) {
  const to = transition(item.status, d.action);
  const [row] = await tx
    .insert(approvals)
    .values({
      workspaceId: workspace.id,
      contentItemId: item.id,
      versionNumber: item.currentVersion,
      step: d.step,
      decision: d.decision,
      comment: d.comment || null,
      score: d.score ?? null,
      actorId: actor.userId,
      reviewLinkId: actor.reviewLinkId,
      actorLabel: actor.label,
      scheduledFor: d.scheduledFor ?? null,
      timezone: d.timezone ?? null,
    })
    .returning();
  if (to !== item.status) {
    await withPublishGate(() =>
      tx.update(contentItems).set({ status: to }).where(and(eq(contentItems.id, item.id), eq(contentItems.workspaceId, workspace.id))),
    );
  }
  await writeAudit(tx, actor.audit, {
    organizationId: workspace.organizationId,
    workspaceId: workspace.id,
    action: d.auditAction,
    targetType: "content_item",
    targetId: item.id,
    changes: {
      approvalId: row!.id,
      version: item.currentVersion,
      step: d.step,
      stepName: d.stepName,
      decision: d.decision,
      comment: d.comment || null,
      score: d.score ?? null,
      scheduledFor: d.scheduledFor?.toISOString() ?? null,
      timezone: d.timezone ?? null,
      from: item.status,
      to,
      ...(actor.reviewLinkId ? { reviewLinkId: actor.reviewLinkId } : {}),
    },
  });
  if (item.createdById && item.createdById !== actor.userId) {
    await notify(tx, {
      workspaceId: workspace.id,
      userIds: [item.createdById],
      kind: `review.${d.decision}`,
      title: `${actor.label} ${verbs[d.decision]} “${item.title}”`,
      body: d.comment ?? "",
      link: reviewPath(workspace.slug, item.id),
    });
  }
  return { approval: row!, status: to };
}
