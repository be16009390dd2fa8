import "server-only";

/**
 * Cancels a queued or running generation: the run and its item become cancelled, the run's log
 * says so, the audit log records who did it, and DBOS cancels the workflow (its running model
 * call is aborted; no later stage starts, since every stage first checks the run's status).
 * The DBOS cancel happens last inside the transaction: if it fails, nothing changes.
 */
import { writeAudit } from "@/server/audit/write-audit";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { endRun } from "@/server/generation/end-run";
import { isActive } from "@/server/generation/lock-run";
import { dbosClient } from "@/server/workflows/dbos-client";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { loadRun } from "./load-content";
import type { RunInput } from "./schemas";

export async function cancelRun(ctx: WorkspaceServiceContext, input: RunInput): Promise<{ runId: string; status: "cancelled" }> {
  return transaction(async ({ tx }) => {
    const run = await loadRun(tx, ctx.workspace.id, input.runId, { lock: true });
    if (!isActive(run.status)) throw new AppError("CONFLICT", `This run has already ended (${run.status.replace("_", " ")}).`);
    await endRun(tx, { runId: run.id, workspaceId: run.workspaceId, contentItemId: run.contentItemId }, "cancelled", null, run.percent);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "content.run_cancelled",
      targetType: "generation_run",
      targetId: run.id,
      changes: { contentItemId: run.contentItemId, stage: run.stage, percent: run.percent },
    });
    await (await dbosClient()).cancelWorkflow(run.workflowId);
    return { runId: run.id, status: "cancelled" as const };
  });
}
