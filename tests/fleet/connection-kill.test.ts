/**
 * Survive the database (issue #14): every connection of a real worker and of a real web process
 * is terminated with pg_terminate_backend mid-run (their app pools, the client a transaction
 * holds, DBOS's pools, the LISTEN connection) — the shared server itself is never restarted.
 * Both processes stay up, the web keeps taking approvals, the LISTEN connection comes back and
 * delivers events again, and every job and the run finish, each post sent once.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { briefFor } from "@/tests/content/support/fixtures";
import { startStageServer, type StageServer } from "@/tests/content/support/stage-model-server";
import { startXFake, type XFake } from "@/tests/publish/fakes/x-server";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { terminateBackendsOf } from "./support/backends";
import { createFleetDb, pollUntil, type FleetDb } from "./support/fleet-db";
import { spawnWeb, type WebChild } from "./support/web-child";

let fleet: FleetDb;
let x: XFake;
let model: StageServer;
let web: WebChild | undefined;
let worker: RunningWorker | undefined;

beforeAll(async () => {
  fleet = createFleetDb();
  x = await startXFake();
  model = await startStageServer(briefFor());
});

afterAll(async () => {
  await worker?.stop();
  await web?.stop();
  await x?.server.close();
  await model?.close();
  await fleet?.drop();
});

const alive = (p: { exitCode: number | null; signalCode: string | null }) => p.exitCode === null && p.signalCode === null;
const tweetPosts = () => x.server.requests.filter((r) => r.method === "POST" && r.path === "/2/tweets");

it("pg_terminate_backend on every connection of the worker and the web: both stay up and all work finishes", async () => {
  worker = await spawnWorker({
    DATABASE_URL: fleet.url,
    WORKER_QUEUES: "publish-x,generation",
    PLATFORM_ENDPOINTS: JSON.stringify(x.endpoints),
    X_CLIENT_ID: x.client.clientId,
    X_CLIENT_SECRET: x.client.clientSecret,
    PUBLISH_RETRY_BASE_SECONDS: "0.2",
    OPENAI_API_KEY: "",
    ANTHROPIC_API_KEY: "",
    GOOGLE_GENERATIVE_AI_API_KEY: "",
    OPENAI_COMPATIBLE_BASE_URL: "",
  });
  web = await spawnWeb({ DATABASE_URL: fleet.url });
  const logs = () => `worker:\n${worker!.output().slice(-3000)}\nweb:\n${web!.output().slice(-3000)}`;

  // Mid-run: posts at the platform with their answers held, a run in its outline stage.
  const held = x.server.hold({ method: "POST", path: /^\/2\/tweets$/ });
  const { access, refresh } = x.issueTokens();
  const tokens = { accessToken: access, refreshToken: refresh };
  const first = await web.call<{ jobs: { jobId: string; text: string }[] }>("publish", { scenario: "k", count: 6, xUser: x.user, tokens });
  await pollUntil(async () => tweetPosts().length, (n) => n >= 4, 60_000, logs);
  // The outline answer takes a while, so the run is mid-stage when the connections go and emits events after.
  model.on("outline", () => ({ ...model.offline("outline"), delayMs: 8000 }));
  const { runId } = await web.call<{ runId: string }>("generate", { modelBaseUrl: model.baseURL });
  await model.waitFor("outline", 60_000);

  const cut = { worker: await terminateBackendsOf(fleet.pool, worker.process.pid!), web: await terminateBackendsOf(fleet.pool, web.process.pid!) };
  // The worker holds its app pool, DBOS's pool and DBOS's notification listener; the web at least its LISTEN connection.
  expect(cut.worker).toBeGreaterThanOrEqual(2);
  expect(cut.web).toBeGreaterThanOrEqual(1);
  held.release();

  // The web listens again and takes new approvals through fresh connections.
  await pollUntil(() => web!.call<{ listening: boolean }>("health"), (h) => h.listening, 60_000, logs);
  const second = await web.call<{ jobs: { jobId: string; text: string }[] }>("publish", { scenario: "k", count: 3, xUser: x.user, tokens });
  const jobs = [...first.jobs, ...second.jobs];

  const settled = await pollUntil(
    async () => (await fleet.pool.query<{ status: string }>("select status from publish_jobs where id = any($1)", [jobs.map((j) => j.jobId)])).rows,
    (rows) => rows.length === 9 && rows.every((r) => r.status === "published" || r.status === "failed"),
    120_000,
    logs,
  );
  expect(settled.map((r) => r.status)).toEqual(Array(9).fill("published"));
  for (const { text } of jobs) expect(tweetPosts().filter((r) => (r.json as { text?: string } | null)?.text === text)).toHaveLength(1);
  const run = await pollUntil(
    async () => (await fleet.pool.query<{ status: string }>("select status from generation_runs where id = $1", [runId])).rows[0]!,
    (r) => !["queued", "running"].includes(r.status),
    120_000,
    logs,
  );
  expect(run.status).toBe("succeeded");

  // The LISTEN connection came back: its subscriber was told to re-read, then got live events again.
  const { kinds } = await web.call<{ kinds: string[] }>("wakeups", { runId });
  expect(kinds).toContain("resync");
  expect(kinds.slice(kinds.indexOf("resync"))).toContain("event");
  expect(alive(worker.process)).toBe(true);
  expect(alive(web.process)).toBe(true);
}, 240_000);
