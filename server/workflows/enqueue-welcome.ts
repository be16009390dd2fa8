import "server-only";
import type pg from "pg";
import { APPLICATION_VERSION, queues, workflowNames } from "@/workflows/names";
import { dbosClient } from "./dbos-client";

/**
 * Enqueues the welcome workflow for a workspace inside the caller's open transaction, so the
 * workflow exists if and only if the change that asked for it commits. One per workspace.
 */
export async function enqueueWelcomeWorkflow(client: pg.PoolClient, input: { workspaceId: string }): Promise<string> {
  const dbos = await dbosClient();
  const handle = await dbos.enqueueInTransaction(
    client,
    {
      queueName: queues.onboarding,
      workflowName: workflowNames.welcomeWorkspace,
      workflowID: `welcome:${input.workspaceId}`,
      // Run by workers of the same release as this web process.
      appVersion: APPLICATION_VERSION,
    },
    input,
  );
  return handle.workflowID;
}
