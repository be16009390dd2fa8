import "server-only";

/**
 * A content request: in one transaction the content item (generating, titled by its topic), its
 * generation run (queued, with a deadline), the run's first progress line, the audit record and
 * the enqueued generation workflow — all of them or none.
 */
import type { WritingRequest } from "@/lib/ai/brief";
import { writeAudit } from "@/server/audit/write-audit";
import { consumeQuota } from "@/server/billing/quota";
import { getCurrentBrandBook } from "@/server/brand/get-current-brand-book";
import { limitGeneration } from "@/server/security/abuse-limits";
import { contentItems, generationRuns } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { emitRunEvent } from "@/server/generation/run-events";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { enqueueGeneration } from "./enqueue-generation";
import { defaultRunTimeoutMs, generationWorkflowId } from "./run-timeout";

export type RequestOptions = { timeoutMs?: number };

export async function requestContent(ctx: WorkspaceServiceContext, input: WritingRequest, options: RequestOptions = {}): Promise<{ contentItemId: string; runId: string }> {
  const timeoutMs = options.timeoutMs ?? defaultRunTimeoutMs;
  await limitGeneration(ctx.workspace.id);
  const brand = await getCurrentBrandBook(ctx.db, ctx.workspace.id);
  const workspaceId = ctx.workspace.id;
  const contentItemId = crypto.randomUUID();
  const runId = crypto.randomUUID();
  const workflowId = generationWorkflowId(runId);
  return transaction(async ({ tx, client }) => {
    await consumeQuota(tx, { organizationId: ctx.workspace.organizationId, metric: "runs" });
    await tx.insert(contentItems).values({
      id: contentItemId,
      workspaceId,
      kind: input.kind,
      status: "generating",
      title: input.topic,
      request: input,
      brandBookVersion: brand?.version ?? null,
      createdById: ctx.user.id,
    });
    await tx.insert(generationRuns).values({
      id: runId,
      workspaceId,
      contentItemId,
      workflowId,
      status: "queued",
      deadlineAt: new Date(Date.now() + timeoutMs),
      createdById: ctx.user.id,
    });
    await emitRunEvent(tx, { runId, workspaceId }, { stage: null, percent: 0, message: "Queued for generation." });
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId,
      action: "content.requested",
      targetType: "content_item",
      targetId: contentItemId,
      changes: { kind: input.kind, topic: input.topic, platforms: input.platforms, wordCount: input.wordCount, runId, brandBookVersion: brand?.version ?? null },
    });
    await enqueueGeneration(client, { runId, workspaceId, workflowId, timeoutMs });
    return { contentItemId, runId };
  });
}
