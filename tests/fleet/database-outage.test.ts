/**
 * Survive the database (issue #14): PostgreSQL goes away for a while — every connection cut,
 * new ones refused, through a TCP hop in front of the shared server (never restarted by tests) —
 * while two workers and a web process hold work in flight. All three stay up, nobody declares a
 * worker dead because everyone's heartbeat went stale together, and once the database is back
 * every job is published once and the run finishes.
 */
import { afterAll, beforeAll, expect, it } from "vitest";
import { briefFor } from "@/tests/content/support/fixtures";
import { startStageServer, type StageServer } from "@/tests/content/support/stage-model-server";
import { startXFake, type XFake } from "@/tests/publish/fakes/x-server";
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";
import { createFleetDb, pollUntil, type FleetDb } from "./support/fleet-db";
import { startPgProxy, type PgProxy } from "./support/pg-proxy";
import { spawnWeb, type WebChild } from "./support/web-child";

const outageMs = Number(process.env.FLEET_TEST_OUTAGE_MS ?? 10_000);
let fleet: FleetDb;
let proxy: PgProxy;
let x: XFake;
let model: StageServer;
let web: WebChild | undefined;
const workers: RunningWorker[] = [];

beforeAll(async () => {
  fleet = createFleetDb();
  proxy = await startPgProxy();
  x = await startXFake();
  model = await startStageServer(briefFor());
});

afterAll(async () => {
  await Promise.all(workers.map((w) => w.stop()));
  await web?.stop();
  await proxy?.close();
  await x?.server.close();
  await model?.close();
  await fleet?.drop();
});

const alive = (p: { exitCode: number | null; signalCode: string | null }) => p.exitCode === null && p.signalCode === null;
const tweetPosts = () => x.server.requests.filter((r) => r.method === "POST" && r.path === "/2/tweets");

it("the database away for a while: workers and web stay up, nobody is declared dead, everything finishes once", async () => {
  const env = {
    DATABASE_URL: proxy.url(fleet.url),
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
  };
  workers.push(await spawnWorker(env), await spawnWorker(env));
  web = await spawnWeb({ DATABASE_URL: proxy.url(fleet.url) });
  const logs = () => workers.map((w) => `worker ${w.executorID}:\n${w.output().slice(-2500)}`).join("\n") + `\nweb:\n${web!.output().slice(-2500)}`;

  const held = x.server.hold({ method: "POST", path: /^\/2\/tweets$/ });
  const { access, refresh } = x.issueTokens();
  const tokens = { accessToken: access, refreshToken: refresh };
  const first = await web.call<{ jobs: { jobId: string; text: string }[] }>("publish", { scenario: "o", count: 6, xUser: x.user, tokens });
  await pollUntil(async () => tweetPosts().length, (n) => n >= 4, 60_000, logs);
  model.on("outline", () => ({ ...model.offline("outline"), delayMs: outageMs / 2 }));
  const { runId } = await web.call<{ runId: string }>("generate", { modelBaseUrl: model.baseURL });
  await model.waitFor("outline", 60_000);

  proxy.down();
  // The platform answers while the database is away: the deliveries must be recorded once it is back.
  held.release();
  await new Promise((r) => setTimeout(r, outageMs));
  for (const w of workers) expect(alive(w.process)).toBe(true);
  expect(alive(web.process)).toBe(true);
  proxy.up();

  await pollUntil(() => web!.call<{ listening: boolean }>("health"), (h) => h.listening, 60_000, logs);
  const second = await web.call<{ jobs: { jobId: string; text: string }[] }>("publish", { scenario: "o", count: 2, xUser: x.user, tokens });
  const jobs = [...first.jobs, ...second.jobs];
  const settled = await pollUntil(
    async () => (await fleet.pool.query<{ status: string }>("select status from publish_jobs where id = any($1)", [jobs.map((j) => j.jobId)])).rows,
    (rows) => rows.length === 8 && rows.every((r) => r.status === "published" || r.status === "failed"),
    180_000,
    logs,
  );
  expect(settled.map((r) => r.status)).toEqual(Array(8).fill("published"));
  for (const { text } of jobs) expect(tweetPosts().filter((r) => (r.json as { text?: string } | null)?.text === text)).toHaveLength(1);
  const run = await pollUntil(
    async () => (await fleet.pool.query<{ status: string }>("select status from generation_runs where id = $1", [runId])).rows[0]!,
    (r) => !["queued", "running"].includes(r.status),
    180_000,
    logs,
  );
  expect(run.status).toBe("succeeded");

  const { rows: judged } = await fleet.pool.query("select executor_id from worker_heartbeats where declared_dead_at is not null");
  expect(judged).toEqual([]);
  for (const w of workers) expect(alive(w.process)).toBe(true);
  expect(alive(web.process)).toBe(true);
  // Logged once per outage, not per connection or query.
  for (const w of workers) expect(w.output().split("database: connection lost").length - 1).toBeLessThanOrEqual(2);
}, 300_000);
