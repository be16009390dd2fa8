import "server-only";

/**
 * Regenerate with the reviewer's feedback: a new generation run on the same item (its `feedback`
 * goes into every stage's prompt), the item back to generating, the audit record and the enqueued
 * workflow in one transaction. The run's versions void the item's approvals as they are written.
 */
import { writeAudit } from "@/server/audit/write-audit";
import { consumeQuota } from "@/server/billing/quota";
import { and, eq } from "drizzle-orm";
import { enqueueGeneration } from "@/server/content/enqueue-generation";
import { defaultRunTimeoutMs, generationWorkflowId } from "@/server/content/run-timeout";
import { contentItems, generationRuns } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { emitRunEvent } from "@/server/generation/run-events";
import { limitGeneration } from "@/server/security/abuse-limits";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { lockItem } from "./lock-item";
import type { ReviewRegenerateInput } from "./schemas";
import { transition } from "./transitions";

export async function regenerateContent(ctx: WorkspaceServiceContext, input: ReviewRegenerateInput, options: { timeoutMs?: number } = {}) {
  const timeoutMs = options.timeoutMs ?? defaultRunTimeoutMs;
  const ws = ctx.workspace.id;
  await limitGeneration(ws);
  return transaction(async ({ tx, client }) => {
    const item = await lockItem(tx, ws, input.contentItemId);
    const to = transition(item.status, "regenerate");
    await consumeQuota(tx, { organizationId: ctx.workspace.organizationId, metric: "runs" });
    const runId = crypto.randomUUID();
    const workflowId = generationWorkflowId(runId);
    await tx.insert(generationRuns).values({
      id: runId,
      workspaceId: ws,
      contentItemId: item.id,
      workflowId,
      status: "queued",
      feedback: input.feedback,
      deadlineAt: new Date(Date.now() + timeoutMs),
      createdById: ctx.user.id,
    });
    await tx.update(contentItems).set({ status: to }).where(and(eq(contentItems.id, item.id), eq(contentItems.workspaceId, ws)));
    await emitRunEvent(tx, { runId, workspaceId: ws }, { stage: null, percent: 0, message: "Queued for regeneration with the reviewer's feedback." });
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ws,
      action: "content.regenerated",
      targetType: "content_item",
      targetId: item.id,
      changes: { runId, feedback: input.feedback, fromVersion: item.currentVersion, from: item.status, to },
    });
    await enqueueGeneration(client, { runId, workspaceId: ws, workflowId, timeoutMs });
    return { runId, status: to };
  });
}
