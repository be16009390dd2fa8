import "server-only";
import type pg from "pg";
import { generateContent } from "@/workflows/definitions/generate-content";
import { hardStopGraceMs } from "./run-timeout";

/**
 * Enqueues the generation workflow inside the caller's open transaction (the run exists if and
 * only if its workflow does). Partitioned by workspace so one tenant's burst waits behind its own
 * runs, not everyone's; DBOS stops the workflow hard a little after the run's own deadline.
 */
export async function enqueueGeneration(client: pg.PoolClient, input: { runId: string; workspaceId: string; workflowId: string; timeoutMs: number }): Promise<void> {
  await generateContent.enqueueInTransaction(
    client,
    { runId: input.runId, workspaceId: input.workspaceId },
    { workflowID: input.workflowId, queuePartitionKey: input.workspaceId, workflowTimeoutMS: input.timeoutMs + hardStopGraceMs },
  );
}
