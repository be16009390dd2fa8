/** A workspace to aim malformed calls at: an owner, a member, and one row of each kind the procedures take ids of. */
import { pool } from "@/server/db/client";
import { eq } from "drizzle-orm";
import { generationRuns, reviewLinks } from "@/server/db/schema";
import { db } from "@/server/db/client";
import { dbosClient } from "@/server/workflows/dbos-client";
import { seedContent } from "../../content/support/seed-content";
import { createOwner } from "../../factories/users";
import { addMember, insertInvitation } from "../../factories/workspaces";
import { insertChannel } from "../../publish/publish-factory";
import { createReviewItem } from "../../review/review-factory";
import type { Tenant } from "./row-snapshot";

export async function seedTenant() {
  const owner = await createOwner();
  const workspaceId = owner.workspace.id;
  const editor = await addMember(workspaceId, "editor");
  await insertInvitation({ workspaceId, invitedById: owner.user.id });
  await seedContent(workspaceId);
  // The seeded runs have no DBOS workflow behind them (a real run always has one), so none may look
  // running or retryable: cancel and retry then refuse them by state instead of asking DBOS.
  await db.update(generationRuns).set({ status: "succeeded" }).where(eq(generationRuns.workspaceId, workspaceId));
  const item = await createReviewItem(workspaceId, editor);
  await insertChannel(workspaceId, "webhook", { serviceUrl: "http://127.0.0.1:9/hook" });
  await db.insert(reviewLinks).values({ workspaceId, contentItemId: item.id, expiresAt: new Date(Date.now() + 86_400_000) });
  const tenant: Tenant = { workspaceId, organizationId: owner.organization.id, userIds: [owner.user.id, editor.id] };
  const ids = await rowIds(workspaceId);
  return { owner, tenant, ids: { ...ids, users: [owner.user.id, editor.id], organizations: [owner.organization.id] } };
}

/** The ids of every row the workspace owns, by table (each table with an `id` and a `workspace_id`). */
async function rowIds(workspaceId: string): Promise<Record<string, string[]>> {
  const { rows: tables } = await pool.query<{ table_name: string }>(
    `select c.table_name from information_schema.columns c
     join information_schema.columns w on w.table_schema = c.table_schema and w.table_name = c.table_name and w.column_name = 'workspace_id'
     where c.table_schema = 'public' and c.column_name = 'id'`,
  );
  const union = tables.map((t) => `select '${t.table_name}' as t, id::text as id from "${t.table_name}" where workspace_id::text = $1`).join(" union all ");
  const { rows } = await pool.query<{ t: string; id: string }>(union, [workspaceId]);
  const byTable: Record<string, string[]> = {};
  for (const row of rows) (byTable[row.t] ??= []).push(row.id);
  return byTable;
}

/**
 * Cancels the workflows accepted calls enqueued for this tenant (generation is partitioned by
 * workspace, publishing by channel), so no worker another test file runs writes to the tenant
 * while a later call is being checked.
 */
export async function cancelTenantWorkflows(workspaceId: string): Promise<void> {
  const { rows } = await pool.query<{ workflow_uuid: string }>(
    `select workflow_uuid from dbos.workflow_status
     where status in ('ENQUEUED', 'PENDING', 'DELAYED')
       and (queue_partition_key = $1 or queue_partition_key in (select id::text from channels where workspace_id::text = $1))`,
    [workspaceId],
  );
  if (rows.length === 0) return;
  const client = await dbosClient();
  for (const row of rows) await client.cancelWorkflow(row.workflow_uuid);
}
