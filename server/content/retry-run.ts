import "server-only";

/**
 * Retries a failed or timed-out run from the stage that failed: DBOS forks the run's workflow at
 * that stage's step (earlier stages' results are copied, not recomputed), the run gets the fork's
 * workflow id, a fresh deadline and status queued, the item goes back to generating, and the audit
 * log records it. The run row stays locked until commit, so the fork's first stage waits for it
 * and sees the run as its own; if the fork fails, nothing changes.
 */
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { consumeQuota } from "@/server/billing/quota";
import { contentItems, generationRuns } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { emitRunEvent } from "@/server/generation/run-events";
import { describeStep } from "@/server/generation/stages";
import { limitGeneration } from "@/server/security/abuse-limits";
import { dbosClient } from "@/server/workflows/dbos-client";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { APPLICATION_VERSION, queues } from "@/workflows/names";
import { forkPoint } from "./fork-point";
import { loadRun } from "./load-content";
import { defaultRunTimeoutMs, generationWorkflowId, hardStopGraceMs } from "./run-timeout";
import type { RunInput } from "./schemas";

export type RetryOptions = { timeoutMs?: number };

export async function retryRun(ctx: WorkspaceServiceContext, input: RunInput, options: RetryOptions = {}): Promise<{ runId: string; fromStage: string }> {
  const timeoutMs = options.timeoutMs ?? defaultRunTimeoutMs;
  await limitGeneration(ctx.workspace.id);
  return transaction(async ({ tx }) => {
    const run = await loadRun(tx, ctx.workspace.id, input.runId, { lock: true });
    if (run.status !== "failed" && run.status !== "timed_out") {
      throw new AppError("CONFLICT", run.status === "cancelled" ? "A cancelled run cannot be retried; request the content again." : "Only a failed or timed-out run can be retried.");
    }
    await consumeQuota(tx, { organizationId: ctx.workspace.organizationId, metric: "runs" });
    const dbos = await dbosClient();
    const steps = (await dbos.listWorkflowSteps(run.workflowId)) ?? [];
    const { startStep, name } = forkPoint(steps);
    const fromStage = describeStep(name ?? run.error?.stage ?? run.stage ?? "load");
    const workflowId = `${generationWorkflowId(run.id)}:retry-${crypto.randomUUID().slice(0, 8)}`;
    const runWhere = and(eq(generationRuns.id, run.id), eq(generationRuns.workspaceId, ctx.workspace.id));
    await tx
      .update(generationRuns)
      .set({ workflowId, status: "queued", error: null, finishedAt: null, deadlineAt: new Date(Date.now() + timeoutMs) })
      .where(runWhere);
    await tx
      .update(contentItems)
      .set({ status: "generating" })
      .where(and(eq(contentItems.id, run.contentItemId), eq(contentItems.workspaceId, ctx.workspace.id)));
    await emitRunEvent(tx, { runId: run.id, workspaceId: ctx.workspace.id }, { stage: null, percent: run.percent, message: `Retrying from ${fromStage}.` });
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "content.run_retried",
      targetType: "generation_run",
      targetId: run.id,
      changes: { contentItemId: run.contentItemId, fromStage, previousStatus: run.status, previousError: run.error },
    });
    await dbos.forkWorkflow(run.workflowId, startStep, {
      newWorkflowID: workflowId,
      applicationVersion: APPLICATION_VERSION,
      queueName: queues.generation,
      queuePartitionKey: ctx.workspace.id,
      timeoutMS: timeoutMs + hardStopGraceMs,
    });
    return { runId: run.id, fromStage };
  });
}
