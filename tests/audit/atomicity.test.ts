import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db, pool } from "@/server/db/client";
import { workspaces } from "@/server/db/schema";
import { dbosClient } from "@/server/workflows/dbos-client";
import { callerFor, createOwner } from "../factories/users";
import { snapshotWorkspace } from "../factories/workspaces";

describe("a mutation that fails mid-transaction", () => {
  it("leaves neither the change nor its audit row (onboarding whose welcome workflow cannot be enqueued)", async () => {
    const { user, workspace } = await createOwner();
    // Another workflow already holds the welcome workflow's id, so enqueueing fails after the
    // workspace update and the audit insert have run inside the transaction. (On a queue no
    // worker polls, so a worker started by another test file leaves it alone.)
    const dbos = await dbosClient();
    await dbos.enqueue({ queueName: "tests-never-polled", workflowName: "squatter", workflowID: `welcome:${workspace.id}` });
    const before = await snapshotWorkspace(workspace.id);

    const attempt = callerFor(user).workspace.completeOnboarding({ workspaceSlug: workspace.slug, brandName: "Half Done" });
    await expect(attempt).rejects.toMatchObject({ code: "INTERNAL_SERVER_ERROR", message: expect.stringContaining("reference") });

    expect(await snapshotWorkspace(workspace.id)).toEqual(before);
    const [row] = await db.select().from(workspaces).where(eq(workspaces.id, workspace.id));
    expect(row).toMatchObject({ name: workspace.name, slug: workspace.slug, onboardedAt: null });
    const { rows } = await pool.query("select name from dbos.workflow_status where workflow_uuid = $1", [`welcome:${workspace.id}`]);
    expect(rows).toEqual([{ name: "squatter" }]);
  });
});
