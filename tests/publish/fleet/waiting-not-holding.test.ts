/**
 * Waiting is not holding (issue #14): seven channels whose receivers always fail fill more than a
 * worker's 50 publish slots (7 × 8 jobs, 8 in flight per channel). Their retries wait DELAYED in the
 * queue, not asleep in a slot, so other channels' jobs — due only after the failing ones all failed
 * once — are delivered while every failing job is still in backoff. The real worker, the real queue.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDbosClient } from "@/server/workflows/dbos-client";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { callerFor } from "../../factories/users";
import { reviewWorkspace } from "../../review/review-factory";
import { startFakeServer, type FakeServer } from "../fakes/fake-server";
import { dbosRow, waitForJob } from "../publish-factory";
import { jobsOf, runWorkflows, webhookChannel, webhookJobs } from "./webhook-jobs";

let receiver: FakeServer;
let worker: RunningWorker;

beforeAll(async () => {
  receiver = await startFakeServer();
  receiver.route("POST", "/fail/:n", () => ({ status: 503, text: "down for maintenance" }));
  receiver.route("POST", "/ok/:n", (req) => ({ status: 201, json: { id: String(req.headers["webhook-id"]) } }));
  // Backoff from 5 s: a failing job needs minutes to exhaust its 8 attempts.
  worker = await spawnWorker({ DATABASE_URL: process.env.DATABASE_URL!, WORKER_QUEUES: "publish-webhook", PUBLISH_RETRY_BASE_SECONDS: "5", DATABASE_POOL_SIZE: "20" });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await closeDbosClient();
});

async function until<T>(what: string, read: () => Promise<T>, done: (value: T) => boolean, timeoutMs = 60_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`${what}: not reached; last ${JSON.stringify(value).slice(0, 500)}\n${worker.output().slice(-2000)}`);
    await new Promise((r) => setTimeout(r, 200));
  }
}

it("seven failing channels do not hold the slots other channels' due jobs need", async () => {
  const ws = await reviewWorkspace();
  const failingIds: string[] = [];
  for (let c = 0; c < 7; c += 1) {
    const channel = await webhookChannel(ws.workspace.id, `${receiver.url}/fail/${c}`);
    failingIds.push(...(await webhookJobs(ws.workspace.id, ws.reviewer.id, channel.id, 8)));
  }
  // More failing jobs than a worker has slots (50) have each failed once.
  await until("failing jobs attempted", () => jobsOf(failingIds), (jobs) => jobs.filter((j) => j.attempts >= 1).length >= 50);

  const healthyIds: string[] = [];
  for (let c = 0; c < 3; c += 1) {
    const channel = await webhookChannel(ws.workspace.id, `${receiver.url}/ok/${c}`);
    healthyIds.push(...(await webhookJobs(ws.workspace.id, ws.reviewer.id, channel.id, 2)));
  }
  const healthy = await until("healthy jobs published", () => jobsOf(healthyIds), (jobs) => jobs.every((j) => j.status === "published"));
  const failing = await jobsOf(failingIds);

  // Order, not time: every failing job is still waiting for a later attempt when the others are out.
  expect(failing.filter((j) => j.status === "failed")).toEqual([]);
  expect(failing.every((j) => ["retrying", "publishing"].includes(j.status))).toBe(true);
  // Each healthy job reached its receiver exactly once, with its idempotency key as webhook-id.
  const posts = receiver.requests.filter((r) => r.path.startsWith("/ok/"));
  expect(posts.map((r) => r.headers["webhook-id"]).sort()).toEqual(healthy.map((j) => j.idempotencyKey).sort());
  // The slots were released: each failed attempt's workflow ended, and the job points at a successor.
  for (const job of failing.filter((j) => j.attempts >= 1)) {
    const runs = await runWorkflows(job.id);
    expect(runs.filter((r) => r.status === "SUCCESS").length).toBeGreaterThanOrEqual(1);
    expect(job.workflowId).toMatch(new RegExp(`^publish:${job.id}:1:attempt-\\d+$`));
  }
}, 120_000);

it("a job in backoff waits DELAYED under its successor's id, which cancel reaches", async () => {
  const ws = await reviewWorkspace();
  const channel = await webhookChannel(ws.workspace.id, `${receiver.url}/fail/solo`);
  const [jobId] = await webhookJobs(ws.workspace.id, ws.reviewer.id, channel.id, 1);
  const job = await waitForJob(jobId!, (j) => j.status === "retrying" && j.workflowId.endsWith(":attempt-2"));
  await until("successor enqueued", () => runWorkflows(job.id), (rows) => rows.length === 2 && rows[0]!.status === "SUCCESS");
  expect((await dbosRow(job.workflowId)).status).toBe("DELAYED");
  expect(await runWorkflows(job.id)).toEqual([
    { workflow_uuid: `publish:${job.id}:1`, status: "SUCCESS" },
    { workflow_uuid: `publish:${job.id}:1:attempt-2`, status: "DELAYED" },
  ]);
  await callerFor(ws.editor).publish.cancel({ workspaceSlug: ws.slug, jobId: job.id });
  expect((await dbosRow(job.workflowId)).status).toBe("CANCELLED");
});

it("a workflow released before its job's (moved) time hands over to one DELAYED until then instead of sleeping in its slot", async () => {
  const ws = await reviewWorkspace();
  const channel = await webhookChannel(ws.workspace.id, `${receiver.url}/ok/later`);
  const runAt = new Date(Date.now() + 3600_000);
  const [jobId] = await webhookJobs(ws.workspace.id, ws.reviewer.id, channel.id, 1, runAt, new Date());
  const job = await waitForJob(jobId!, (j) => j.workflowId !== `publish:${j.id}:1`);
  expect(job).toMatchObject({ status: "scheduled", workflowId: `publish:${job.id}:1:at-${runAt.getTime()}`, attempts: 0 });
  // The job names its successor a moment before the successor is enqueued (the next checkpointed operation).
  await until("successor enqueued, first workflow ended", () => runWorkflows(job.id), (rows) => rows.length === 2 && rows[0]!.status === "SUCCESS");
  const successor = await dbosRow(job.workflowId);
  expect(successor.status).toBe("DELAYED");
  expect(Math.abs(Number(successor.delay_until_epoch_ms) - runAt.getTime())).toBeLessThan(5_000);
  expect(await runWorkflows(job.id)).toEqual([
    { workflow_uuid: `publish:${job.id}:1`, status: "SUCCESS" },
    { workflow_uuid: job.workflowId, status: "DELAYED" },
  ]);
  expect(receiver.requests.filter((r) => r.path === "/ok/later")).toEqual([]);
});
