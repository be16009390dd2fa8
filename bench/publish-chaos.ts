/**
 * Publish chaos bench (issue #14): JOBS webhook jobs (default 500) due over WINDOW_S seconds
 * (default 30) across CHANNELS channels (default 10), a receiver answering in 50–300 ms, and one
 * worker SIGKILLed KILLS times (default 5) during the window. Run "same": each time it restarts
 * under the same executor id (DBOS recovers its own work at start). Run "new": each time it is
 * replaced by a worker with a new id (the replacement takes the dead ids over after
 * WORKER_DEAD_AFTER_SECONDS, default 30). Records delivered, lost, duplicated POSTs (per job,
 * by webhook-id), stuck jobs and the time to drain after the last kill. A database of its own per
 * run, dropped after. Run: npm run bench:chaos   (RUNS=same,new; results: bench/RESULTS.md)
 */
import { execFileSync } from "node:child_process";
import pg from "pg";

const jobs = Number(process.env.JOBS ?? 500);
const windowMs = Number(process.env.WINDOW_S ?? 30) * 1000;
const channelCount = Number(process.env.CHANNELS ?? 10);
const kills = Number(process.env.KILLS ?? 5);
const grace = Number(process.env.WORKER_DEAD_AFTER_SECONDS ?? 30);
const runs = (process.env.RUNS ?? "same,new").split(",") as ("same" | "new")[];
const admin = "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `loomcast_bench_chaos_${Date.now().toString(36)}`;
const url = `postgres://postgres@127.0.0.1:5432/${dbName}`;

Object.assign(process.env, {
  DATABASE_URL: url,
  AUTH_SECRET: "bench-secret-that-is-at-least-32-characters",
  ENCRYPTION_KEY: "tTCnmQ0GRvl3cllZYGkpO23NDPbMqjfX48QEbgAWUwg=",
  OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true",
  LOG_LEVEL: "warn",
});

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function recreateDatabase() {
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`drop database if exists "${dbName}" with (force)`);
  await client.end();
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], { env: process.env, stdio: ["ignore", "ignore", "inherit"] });
}

async function runOnce(mode: "same" | "new") {
  await recreateDatabase();
  const { startFakeServer } = await import("@/tests/publish/fakes/fake-server");
  const { spawnWorker } = await import("@/tests/support/spawn-worker");
  const { seedPublishBench } = await import("./publish-seed");
  const { pool } = await import("@/server/db/client");

  const receiver = await startFakeServer();
  receiver.route("POST", "/hook/:n", async (req) => {
    await sleep(50 + Math.random() * 250);
    return { status: 200, json: { id: String(req.headers["webhook-id"] ?? req.headers["idempotency-key"]) } };
  });
  const keyOf = (r: { headers: Record<string, unknown> }) => String(r.headers["webhook-id"] ?? r.headers["idempotency-key"]);

  const env = { DATABASE_URL: url, DATABASE_POOL_SIZE: "20", WORKER_QUEUES: "publish-webhook", OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true", LOG_LEVEL: "warn", WORKER_DEAD_AFTER_SECONDS: String(grace) };
  let worker = await spawnWorker(env, 60_000);
  const everyWorker = [worker];
  process.once("exit", () => everyWorker.forEach((w) => w.process.kill("SIGKILL")));

  const seeded = await seedPublishBench({ jobs, channels: channelCount, receiverUrl: receiver.url, startInMs: 10_000, windowMs });
  // Kills spread over the window: the first 3 s after the first job is due, the last 3 s before the last.
  const killTimes = Array.from({ length: kills }, (_, i) => seeded.firstRunAt + 3000 + Math.floor((i * (windowMs - 6000)) / Math.max(1, kills - 1)));
  let lastKillAt = 0;
  for (const at of killTimes) {
    await sleep(Math.max(0, at - Date.now()));
    const dead = worker;
    const exited = new Promise((resolve) => dead.process.once("exit", resolve));
    dead.process.kill("SIGKILL");
    await exited;
    lastKillAt = Date.now();
    worker = await spawnWorker(env, 60_000, mode === "same" ? { executorID: dead.executorID } : {});
    everyWorker.push(worker);
  }

  // Drain: until every job is published (DB) and delivered (receiver), or 5 minutes after the last kill.
  const stuckStatuses = ["scheduled", "publishing", "retrying"];
  let drainedAt: number | null = null;
  while (Date.now() - lastKillAt < 5 * 60_000) {
    const { rows } = await pool.query<{ n: number }>("select count(*)::int as n from publish_jobs where status = 'published'");
    if (rows[0]!.n === jobs && new Set(receiver.requests.map(keyOf)).size === jobs) {
      drainedAt = Date.now();
      break;
    }
    await sleep(250);
  }
  await sleep(2000); // stragglers (duplicates) arrive, if any
  const { rows: statuses } = await pool.query<{ status: string; n: number }>("select status, count(*)::int as n from publish_jobs group by status");
  const { rows: takeovers } = await pool.query("select executor_id, taken_over_by, recovered_workflows from worker_heartbeats where declared_dead_at is not null order by declared_dead_at");
  await worker.stop();

  const posts = new Map<string, number>();
  for (const r of receiver.requests.filter((r) => r.method === "POST")) posts.set(keyOf(r), (posts.get(keyOf(r)) ?? 0) + 1);
  const byStatus = Object.fromEntries(statuses.map((s) => [s.status, s.n]));
  const result = {
    run: mode === "same" ? `killed ${kills}× (same id)` : `killed ${kills}×, each time replaced by a new id`,
    jobs,
    delivered: posts.size,
    lost: jobs - posts.size,
    duplicatedJobs: [...posts.values()].filter((n) => n > 1).length,
    extraPosts: [...posts.values()].reduce((sum, n) => sum + n - 1, 0),
    stuck: stuckStatuses.reduce((sum, s) => sum + (byStatus[s] ?? 0), 0),
    jobStatuses: byStatus,
    drainAfterLastKillS: drainedAt ? Math.round((drainedAt - lastKillAt) / 100) / 10 : null,
    lastKillAfterLastRunAtS: Math.round((lastKillAt - seeded.lastRunAt) / 100) / 10,
    graceS: grace,
    takeovers: takeovers.length,
    recoveredWorkflows: takeovers.reduce((sum, t) => sum + Number(t.recovered_workflows ?? 0), 0),
  };
  await receiver.close();
  await pool.end();
  return result;
}

async function main(): Promise<void> {
  // Each run in a child of this script, with a database (and an app pool) of its own.
  const only = process.env.CHAOS_RUN as "same" | "new" | undefined;
  if (!only) {
    const results = [];
    for (const mode of runs) {
      const out = execFileSync(process.execPath, ["--conditions=react-server", "--import", "tsx", "bench/publish-chaos.ts"], { env: { ...process.env, CHAOS_RUN: mode }, stdio: ["ignore", "pipe", "inherit"], maxBuffer: 64 << 20 }).toString();
      results.push(JSON.parse(out.trim().split("\n").at(-1)!));
    }
    console.log(JSON.stringify(results, null, 2));
    return;
  }
  try {
    console.log(JSON.stringify(await runOnce(only)));
  } finally {
    const client = new pg.Client({ connectionString: admin });
    await client.connect();
    await client.query(`drop database if exists "${dbName}" with (force)`);
    await client.end();
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
