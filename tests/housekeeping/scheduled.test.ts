/**
 * The worker registers housekeeping as a DBOS schedule, and the workflow itself (steps, DBOS's own
 * deleteWorkflows) purges when run by the real worker.
 */
import { sql } from "drizzle-orm";
import { afterAll, beforeAll, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { rateLimits } from "@/server/db/schema";
import { closeDbosClient, dbosClient } from "@/server/workflows/dbos-client";
import { APPLICATION_VERSION, queues, workflowNames } from "@/workflows/names";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { unique } from "../factories/users";
import { insertWorkflow, workflowIdsLike } from "./dbos-rows";

let worker: RunningWorker;
beforeAll(async () => {
  worker = await spawnWorker({ DATABASE_URL: process.env.DATABASE_URL!, WORKER_QUEUES: queues.onboarding });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await closeDbosClient();
});

it("the worker schedules housekeeping (15 min) and pre-flight (5 min)", async () => {
  const { rows } = await db.execute<{ schedule_name: string; schedule: string; workflow_name: string; status: string }>(
    sql`select schedule_name, schedule, workflow_name, status from dbos.workflow_schedules where schedule_name in ('housekeeping', 'preflight') order by 1`,
  );
  expect(rows).toEqual([
    { schedule_name: "housekeeping", schedule: "*/15 * * * *", workflow_name: workflowNames.housekeeping, status: "ACTIVE" },
    { schedule_name: "preflight", schedule: "*/5 * * * *", workflow_name: workflowNames.preflightSweep, status: "ACTIVE" },
  ]);
  // A pre-flight tick for a time with nothing scheduled around it runs through and touches nothing.
  const client = await dbosClient();
  const handle = await client.enqueue({ workflowName: workflowNames.preflightSweep, queueName: queues.onboarding, appVersion: APPLICATION_VERSION }, new Date("2001-01-01T00:00:00Z"));
  await expect(handle.getResult()).resolves.toBeUndefined();
});

it("housekeeping, run by the worker, purges rows and workflow history", async () => {

  const key = unique("hk-worker");
  await db.insert(rateLimits).values([
    { key: `${key}:old`, windowStart: new Date(Date.now() - 3 * 86_400_000), count: 1 },
    { key: `${key}:now`, windowStart: new Date(), count: 1 },
  ]);
  const tag = unique("hk-worker-wf");
  await insertWorkflow(`${tag}-old`, "SUCCESS", Date.now() - 40 * 86_400_000);
  await insertWorkflow(`${tag}-recent`, "SUCCESS", Date.now() - 86_400_000);

  const client = await dbosClient();
  // What the schedule enqueues each tick, here on a queue this worker serves.
  const handle = await client.enqueue({ workflowName: workflowNames.housekeeping, queueName: queues.onboarding, appVersion: APPLICATION_VERSION }, new Date());
  await handle.getResult();
  const left = await db.select({ key: rateLimits.key }).from(rateLimits).where(sql`${rateLimits.key} like ${`${key}:%`}`);
  expect(left.map((r) => r.key)).toEqual([`${key}:now`]);
  expect(await workflowIdsLike(tag, "workflow_status")).toEqual([`${tag}-recent`]);
}, 60_000);
