/** DBOS system rows written directly, aged as housekeeping finds them after weeks of use. */
import { sql } from "drizzle-orm";
import { db } from "@/server/db/client";

export async function insertWorkflow(id: string, status: string, finishedAtMs: number, options: { steps?: number } = {}) {
  const terminal = status !== "PENDING";
  await db.execute(sql`
    insert into dbos.workflow_status (workflow_uuid, status, name, created_at, updated_at, completed_at, application_name)
    values (${id}, ${status}, 'publishJob', ${finishedAtMs - 1000}, ${finishedAtMs}, ${terminal ? finishedAtMs : null}, 'loomcast')`);
  for (let n = 0; n < (options.steps ?? 1); n += 1) {
    await db.execute(sql`insert into dbos.operation_outputs (workflow_uuid, function_id, function_name, output) values (${id}, ${n}, ${`step-${n}`}, '"ok"')`);
  }
  await db.execute(sql`insert into dbos.workflow_events (workflow_uuid, key, value) values (${id}, 'progress', '1')`);
}

/** Ids of this test's workflows still present in a dbos table, sorted. */
export async function workflowIdsLike(tag: string, table: "workflow_status" | "operation_outputs" | "workflow_events"): Promise<string[]> {
  const { rows } = await db.execute<{ workflow_uuid: string }>(sql`select distinct workflow_uuid from ${sql.identifier("dbos")}.${sql.identifier(table)} where workflow_uuid like ${`${tag}%`} order by 1`);
  return rows.map((r) => r.workflow_uuid);
}
