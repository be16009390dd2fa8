/**
 * Nothing stays in flight without a live workflow (issue #14): workflows cancelled from outside
 * (DBOSClient.cancelWorkflow, as an operator or DBOS's deadline sweep would) while no process was
 * running them. The worker's settle sweep ends the run with a plain cause — `failed` before its
 * deadline, `timed_out` past it — takes the item out of `generating`, and fails the publish job
 * with a reason, a notification and the ordinary retry. The worker serves only the onboarding
 * queue, so it never runs these workflows itself; the last case adds one that does, and the run
 * it is running notices the cancel itself. On a database of its own (see fleet-db.ts).
 */
import { DBOSClient } from "@dbos-inc/dbos-sdk";
import { afterAll, beforeAll, expect, it } from "vitest";
import { briefFor } from "@/tests/content/support/fixtures";
import { startStageServer } from "@/tests/content/support/stage-model-server";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { APP_NAME } from "@/workflows/names";
import { createFleetDb, pollUntil, type FleetDb } from "./support/fleet-db";
import { spawnWeb, type WebChild } from "./support/web-child";

let fleet: FleetDb;
let web: WebChild;
let worker: RunningWorker;
let dbos: DBOSClient;

beforeAll(async () => {
  fleet = createFleetDb();
  worker = await spawnWorker({ DATABASE_URL: fleet.url, WORKER_QUEUES: "onboarding", WORKER_DEAD_AFTER_SECONDS: "3" });
  web = await spawnWeb({ DATABASE_URL: fleet.url });
  dbos = await DBOSClient.create({ systemDatabaseUrl: fleet.url, applicationName: APP_NAME, systemDatabasePoolSize: 2 });
}, 90_000);

afterAll(async () => {
  await dbos?.destroy();
  await worker?.stop();
  await web?.stop();
  await fleet?.drop();
});

type RunRow = { status: string; error: { stage: string; message: string; cause: string; retryable: boolean } | null; item_status: string };
const runOf = async (runId: string) =>
  (
    await fleet.pool.query<RunRow>(
      "select r.status, r.error, i.status as item_status from generation_runs r join content_items i on i.id = r.content_item_id where r.id = $1",
      [runId],
    )
  ).rows[0]!;
const settledRun = (runId: string) => pollUntil(() => runOf(runId), (r) => r.status !== "queued" && r.status !== "running", 60_000, () => worker.output().slice(-3000));

it("a generation run whose workflow is cancelled from outside ends failed, with a cause, and its item leaves generating", async () => {
  const { runId } = await web.call<{ runId: string }>("generate", { modelBaseUrl: "http://127.0.0.1:9/v1" });
  expect((await runOf(runId)).item_status).toBe("generating");
  await dbos.cancelWorkflow(`gen:${runId}`);

  const run = await settledRun(runId);
  expect(run.status).toBe("failed");
  expect(run.error).toMatchObject({ retryable: true, cause: expect.stringContaining("cancelled outside Loomcast") });
  expect(run.item_status).toBe("generation_failed");
  const { rows: events } = await fleet.pool.query<{ message: string; level: string }>("select message, level from run_events where run_id = $1 order by id desc limit 1", [runId]);
  expect(events[0]).toMatchObject({ level: "error", message: expect.stringContaining("cancelled outside Loomcast") });
});

it("cancelled past its deadline (DBOS's timeout sweep), the run ends timed_out with the cause", async () => {
  const { runId } = await web.call<{ runId: string }>("generate", { modelBaseUrl: "http://127.0.0.1:9/v1" });
  await fleet.pool.query("update generation_runs set deadline_at = now() - interval '1 minute' where id = $1", [runId]);
  await dbos.cancelWorkflow(`gen:${runId}`);

  const run = await settledRun(runId);
  expect(run.status).toBe("timed_out");
  expect(run.error?.cause).toContain("ran out of time");
  expect(run.item_status).toBe("generation_failed");
});

it("a publish job whose workflow is cancelled from outside fails with a reason and a notification, and can be retried", async () => {
  const later = new Date(Date.now() + 3600_000).toISOString();
  const { jobs, workspaceId } = await web.call<{ workspaceId: string; jobs: { jobId: string }[] }>("publish", {
    scenario: "s",
    count: 1,
    xUser: { id: "42", username: "fleet" },
    tokens: { accessToken: "a", refreshToken: "r" },
    scheduledFor: later,
  });
  const jobId = jobs[0]!.jobId;
  const { rows } = await fleet.pool.query<{ workflow_id: string; status: string }>("select workflow_id, status from publish_jobs where id = $1", [jobId]);
  expect(rows[0]!.status).toBe("scheduled");
  await dbos.cancelWorkflow(rows[0]!.workflow_id);

  const job = await pollUntil(
    async () => (await fleet.pool.query<{ status: string; last_error: { code: string; message: string } | null }>("select status, last_error from publish_jobs where id = $1", [jobId])).rows[0]!,
    (j) => j.status !== "scheduled",
    60_000,
    () => worker.output().slice(-3000),
  );
  expect(job).toMatchObject({ status: "failed", last_error: { code: "stranded", message: expect.stringContaining("Retry") } });
  const { rows: notes } = await fleet.pool.query("select 1 from notifications where workspace_id = $1 and kind = 'publish.failed'", [workspaceId]);
  expect(notes.length).toBeGreaterThan(0);

  // The ordinary retry path takes it from there: a new run of the job, scheduled again.
  expect(await web.call("retry", { scenario: "s", jobId })).toEqual({ status: "scheduled" });
  const { rows: after } = await fleet.pool.query<{ workflow_id: string }>("select workflow_id from publish_jobs where id = $1", [jobId]);
  expect(after[0]!.workflow_id).not.toBe(rows[0]!.workflow_id);
});

it("a job that names a successor workflow which was never enqueued (its worker died mid hand-over) fails with a reason after the grace", async () => {
  const later = new Date(Date.now() + 3600_000).toISOString();
  const { jobs } = await web.call<{ workspaceId: string; jobs: { jobId: string }[] }>("publish", {
    scenario: "m",
    count: 1,
    xUser: { id: "43", username: "fleet" },
    tokens: { accessToken: "a", refreshToken: "r" },
    scheduledFor: later,
  });
  const jobId = jobs[0]!.jobId;
  // What hand-over.ts writes before enqueueing the successor, as if the worker died right then, long ago.
  await fleet.pool.query("update publish_jobs set workflow_id = workflow_id || ':attempt-2', updated_at = now() - interval '1 hour' where id = $1", [jobId]);
  const job = await pollUntil(
    async () => (await fleet.pool.query<{ status: string; last_error: { code: string; message: string } | null }>("select status, last_error from publish_jobs where id = $1", [jobId])).rows[0]!,
    (j) => j.status !== "scheduled",
    60_000,
    () => worker.output().slice(-3000),
  );
  expect(job).toMatchObject({ status: "failed", last_error: { code: "stranded", message: expect.stringContaining("before the attempt was queued") } });
});

it("cancelled from outside while a worker runs it: the stage notices, and the run ends failed with the same cause", async () => {
  const model = await startStageServer(briefFor());
  const runner = await spawnWorker({ DATABASE_URL: fleet.url, WORKER_QUEUES: "generation", OPENAI_API_KEY: "", ANTHROPIC_API_KEY: "", GOOGLE_GENERATIVE_AI_API_KEY: "", OPENAI_COMPATIBLE_BASE_URL: "" });
  try {
    model.on("outline", () => ({ hang: true }));
    const { runId } = await web.call<{ runId: string }>("generate", { modelBaseUrl: model.baseURL });
    await model.waitFor("outline", 60_000);
    await dbos.cancelWorkflow(`gen:${runId}`);

    const run = await settledRun(runId);
    expect(run.status).toBe("failed");
    expect(run.error).toMatchObject({ stage: "outline", cause: expect.stringContaining("cancelled outside Loomcast") });
    expect(run.item_status).toBe("generation_failed");
    expect(model.count("draft")).toBe(0);
    // The running stage noticed (its step is recorded as cancelled), not only the sweep.
    const { rows: steps } = await fleet.pool.query("select outcome from generation_steps where run_id = $1 and stage = 'outline'", [runId]);
    expect(steps).toEqual([{ outcome: "cancelled" }]);
  } finally {
    await runner.stop();
    await model.close();
  }
}, 90_000);
