/**
 * Take over dead executors (issue #14): two real workers; one is SIGKILLed for good while it
 * holds publish jobs (its channel's whole partition: 4 of 8 jobs mid-call at a non-webhook fake
 * platform, the other 4 waiting for those slots) and a generation run (mid-stage). The survivor —
 * a different executor id — declares it dead after the grace, recovers its workflows through
 * DBOS, and finishes everything: every job published exactly once (one POST per job at the fake),
 * the run ends, and the takeover is recorded once. On a database of its own (see fleet-db.ts).
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { briefFor } from "@/tests/content/support/fixtures";
import { startStageServer, type StageServer } from "@/tests/content/support/stage-model-server";
import { startXFake, type XFake } from "@/tests/publish/fakes/x-server";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { createFleetDb, pollUntil, type FleetDb } from "./support/fleet-db";
import { spawnWeb, type WebChild } from "./support/web-child";

let fleet: FleetDb;
let x: XFake;
let model: StageServer;
let web: WebChild | undefined;
const workers: RunningWorker[] = [];

beforeAll(async () => {
  fleet = createFleetDb();
  x = await startXFake();
  model = await startStageServer(briefFor());
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await web?.stop();
  await x?.server.close();
  await model?.close();
  await fleet?.drop();
});

const workerEnv = () => ({
  DATABASE_URL: fleet.url,
  WORKER_QUEUES: "publish-x,generation",
  PLATFORM_ENDPOINTS: JSON.stringify(x.endpoints),
  X_CLIENT_ID: x.client.clientId,
  X_CLIENT_SECRET: x.client.clientSecret,
  PUBLISH_RETRY_BASE_SECONDS: "0.2",
  WORKER_DEAD_AFTER_SECONDS: "3",
  OPENAI_API_KEY: "",
  ANTHROPIC_API_KEY: "",
  GOOGLE_GENERATIVE_AI_API_KEY: "",
  OPENAI_COMPATIBLE_BASE_URL: "",
});

const tweetPosts = () => x.server.requests.filter((r) => r.method === "POST" && r.path === "/2/tweets");

it("a worker killed for good: the survivor takes over its jobs and its run, every post goes out exactly once", async () => {
  const victim = await spawnWorker(workerEnv());
  workers.push(victim);
  web = await spawnWeb({ DATABASE_URL: fleet.url });
  const logs = () => `victim:\n${victim.output().slice(-3000)}\nsurvivor:\n${workers[1]?.output().slice(-3000) ?? ""}`;

  // The platform does the work but its answers are held: the victim's 4 slots on the channel stay busy.
  const held = x.server.hold({ method: "POST", path: /^\/2\/tweets$/ });
  const { access, refresh } = x.issueTokens();
  const { jobs } = await web.call<{ jobs: { jobId: string; text: string }[] }>("publish", { scenario: "a", count: 8, xUser: x.user, tokens: { accessToken: access, refreshToken: refresh } });
  await pollUntil(async () => tweetPosts().length, (n) => n >= 4, 60_000, logs);
  // And a generation run that hangs in its outline stage on the victim.
  model.on("outline", () => ({ hang: true }));
  const { runId } = await web.call<{ runId: string }>("generate", { modelBaseUrl: model.baseURL });
  await model.waitFor("outline", 60_000);

  const survivor = await spawnWorker(workerEnv());
  workers.push(survivor);
  const exited = new Promise((resolve) => victim.process.once("exit", resolve));
  victim.process.kill("SIGKILL");
  await exited;
  held.release();
  model.on("outline", null);

  // The dead worker holds the channel's whole partition (4 PENDING), so the other 4 cannot start.
  const jobIds = jobs.map((j) => j.jobId);
  const { rows: slots } = await fleet.pool.query<{ status: string; executor_id: string; n: number }>(
    "select w.status, w.executor_id, count(*)::int as n from dbos.workflow_status w join publish_jobs j on j.workflow_id = w.workflow_uuid where j.id = any($1) group by 1, 2 order by 1",
    [jobIds],
  );
  expect(slots).toEqual([
    { status: "ENQUEUED", executor_id: expect.any(String), n: 4 },
    { status: "PENDING", executor_id: victim.executorID, n: 4 },
  ]);

  const settled = await pollUntil(
    async () => (await fleet.pool.query<{ id: string; status: string }>("select id, status from publish_jobs where id = any($1)", [jobIds])).rows,
    (rows) => rows.length === 8 && rows.every((r) => r.status === "published" || r.status === "failed"),
    120_000,
    logs,
  );
  expect(settled.map((r) => r.status)).toEqual(Array(8).fill("published"));
  // Exactly once: one POST per job at the platform, and one post per text.
  for (const { text } of jobs) {
    expect(tweetPosts().filter((r) => (r.json as { text?: string } | null)?.text === text)).toHaveLength(1);
    expect(x.posts.filter((p) => p.text === text)).toHaveLength(1);
  }

  const run = await pollUntil(
    async () => (await fleet.pool.query<{ status: string }>("select status from generation_runs where id = $1", [runId])).rows[0]!,
    (r) => !["queued", "running"].includes(r.status),
    120_000,
    logs,
  );
  expect(run.status).toBe("succeeded");

  // The takeover: the victim declared dead once, by the survivor, which recovered its workflows.
  const { rows: beats } = await fleet.pool.query<{ executor_id: string; declared_dead_at: Date | null; taken_over_by: string | null; recovered_workflows: number | null }>(
    "select executor_id, declared_dead_at, taken_over_by, recovered_workflows from worker_heartbeats",
  );
  const dead = beats.find((b) => b.executor_id === victim.executorID)!;
  expect(dead.declared_dead_at).not.toBeNull();
  expect(dead.taken_over_by).toBe(survivor.executorID);
  // 4 publish attempts mid-call and the generation run, at least (DBOS counts every PENDING workflow).
  expect(dead.recovered_workflows).toBeGreaterThanOrEqual(5);
  expect(beats.find((b) => b.executor_id === survivor.executorID)?.declared_dead_at).toBeNull();
  // Every job's workflow and the run's ended on the survivor.
  const { rows: flows } = await fleet.pool.query<{ executor_id: string; status: string }>(
    "select w.executor_id, w.status from dbos.workflow_status w join publish_jobs j on j.workflow_id = w.workflow_uuid where j.id = any($1) union all select executor_id, status from dbos.workflow_status where workflow_uuid = $2",
    [jobIds, `gen:${runId}`],
  );
  expect(flows).toHaveLength(9);
  expect(flows.every((f) => f.status === "SUCCESS" && f.executor_id === survivor.executorID)).toBe(true);
  expect(survivor.process.exitCode).toBeNull();
}, 240_000);
