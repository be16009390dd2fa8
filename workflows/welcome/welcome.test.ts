import { queues } from "@/workflows/names";
import { eq, sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { devMailbox, workspaces } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { closeDbosClient, dbosClient } from "@/server/workflows/dbos-client";
import { welcomeWorkflowId, welcomeWorkspace } from "@/workflows/definitions/welcome-workspace";
import { createOwner } from "@/tests/factories/users";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import type { WelcomeWorkspaceResult } from "./welcome-workspace";

let worker: RunningWorker;

beforeAll(async () => {
  // Only the onboarding queue, so workers other test files spawn meanwhile never take its workflows.
  worker = await spawnWorker({ DATABASE_URL: process.env.DATABASE_URL!, WORKER_QUEUES: queues.onboarding });
});

afterAll(async () => {
  await worker?.stop();
  await closeDbosClient();
});

/** Waits for the workflow's result; fails (with the worker's output) if it takes longer than `ms`. */
async function resultOf(workflowID: string, ms = 20_000): Promise<WelcomeWorkspaceResult> {
  const handle = (await dbosClient()).retrieveWorkflow<WelcomeWorkspaceResult>(workflowID);
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`workflow ${workflowID} unfinished after ${ms} ms. Worker output:\n${worker.output()}`)), ms);
  });
  try {
    return await Promise.race([handle.getResult({ pollingIntervalMs: 50 }), timeout]);
  } finally {
    clearTimeout(timer);
  }
}

/** Marks the workspace onboarded and enqueues its welcome workflow in one transaction. */
function onboardAndEnqueue(workspaceId: string, thenFail = false): Promise<string> {
  return transaction(async ({ tx, client }) => {
    await tx.update(workspaces).set({ onboardedAt: new Date() }).where(eq(workspaces.id, workspaceId));
    const workflowID = await welcomeWorkspace.enqueueInTransaction(client, { workspaceId }, { workflowID: welcomeWorkflowId(workspaceId) });
    if (thenFail) throw new Error("failure after enqueue");
    return workflowID;
  });
}

const mailsTo = (email: string) => db.select().from(devMailbox).where(eq(devMailbox.to, email));
const welcomedAt = async (workspaceId: string) =>
  (await db.select({ at: workspaces.welcomedAt }).from(workspaces).where(eq(workspaces.id, workspaceId)))[0]?.at ?? null;

describe("welcome workflow (web → enqueueInTransaction → worker)", () => {
  it("runs in the worker once the enqueuing transaction commits: mails the owners and sets welcomed_at", async () => {
    const { user, workspace } = await createOwner();
    const workflowID = await onboardAndEnqueue(workspace.id);

    const result = await resultOf(workflowID);

    expect(result.recipients).toEqual([user.email]);
    const at = await welcomedAt(workspace.id);
    expect(at?.toISOString()).toBe(result.welcomedAt);
    const mails = await mailsTo(user.email);
    expect(mails.map((m) => m.subject)).toEqual([`${workspace.name} is ready on Loomcast`]);
    expect(mails[0]!.text).toContain(`/${workspace.slug}`);
    const status = await (await dbosClient()).retrieveWorkflow(workflowID).getStatus();
    expect(status).toMatchObject({ status: "SUCCESS", executorId: worker.executorID });
  });

  it("is one workflow per workspace: enqueuing again returns the first run and sends no second mail", async () => {
    const { user, workspace } = await createOwner();
    const first = await resultOf(await onboardAndEnqueue(workspace.id));
    const again = await resultOf(await onboardAndEnqueue(workspace.id));

    expect(again).toEqual(first);
    expect(await mailsTo(user.email)).toHaveLength(1);
  });

  it("leaves no workflow when the enqueuing transaction rolls back, and the worker never runs it", async () => {
    const { user, workspace } = await createOwner();
    await expect(onboardAndEnqueue(workspace.id, true)).rejects.toThrow("failure after enqueue");

    // A workflow committed afterwards on the same queue finishes, so the worker has polled past the rolled-back one.
    const other = await createOwner();
    await resultOf(await onboardAndEnqueue(other.workspace.id));

    const rows = await db.execute(sql`select 1 from dbos.workflow_status where workflow_uuid = ${`welcome:${workspace.id}`}`);
    expect(rows.rowCount).toBe(0);
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row).toMatchObject({ onboardedAt: null, welcomedAt: null });
    expect(await mailsTo(user.email)).toHaveLength(0);
  });
});
