/**
 * A run's attempts span workflows (one per attempt, handed over DELAYED): attempts stay numbered
 * per job, every POST carries the same webhook-id, and the eighth failure is the dead letter.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { closeDbosClient } from "@/server/workflows/dbos-client";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { reviewWorkspace } from "../../review/review-factory";
import { startFakeServer, type FakeServer } from "../fakes/fake-server";
import { attemptsOf, notificationsOf, waitForJob } from "../publish-factory";
import { runWorkflows, webhookChannel, webhookJobs } from "./webhook-jobs";

let receiver: FakeServer;
let worker: RunningWorker;

beforeAll(async () => {
  receiver = await startFakeServer();
  receiver.route("POST", "/fail", () => ({ status: 500, text: "boom" }));
  worker = await spawnWorker({ DATABASE_URL: process.env.DATABASE_URL!, WORKER_QUEUES: "publish-webhook", PUBLISH_RETRY_BASE_SECONDS: "0.05" });
}, 60_000);
afterAll(async () => {
  await worker?.stop();
  await receiver?.close();
  await closeDbosClient();
});

it("eight attempts in eight workflows, one idempotency key, then the dead letter with a notification", async () => {
  const ws = await reviewWorkspace();
  const channel = await webhookChannel(ws.workspace.id, `${receiver.url}/fail`);
  const [jobId] = await webhookJobs(ws.workspace.id, ws.reviewer.id, channel.id, 1);
  const job = await waitForJob(jobId!, (j) => j.status === "failed", 60_000);
  expect(job.lastError?.message).toMatch(/^Gave up after 8 attempts/);
  expect((await attemptsOf(job.id)).map((a) => [a.number, a.outcome])).toEqual(Array.from({ length: 8 }, (_, i) => [i + 1, "transient"]));
  expect((await runWorkflows(job.id)).map((r) => [r.workflow_uuid, r.status])).toEqual([
    [`publish:${job.id}:1`, "SUCCESS"],
    ...Array.from({ length: 7 }, (_, i) => [`publish:${job.id}:1:attempt-${i + 2}`, "SUCCESS"]),
  ]);
  const ids = receiver.requests.filter((r) => r.path === "/fail" && r.headers["idempotency-key"] === job.idempotencyKey).map((r) => r.headers["webhook-id"]);
  expect(ids).toEqual(Array.from({ length: 8 }, () => job.idempotencyKey));
  expect((await notificationsOf(ws.workspace.id, "publish.failed")).length).toBeGreaterThan(0);
}, 90_000);
