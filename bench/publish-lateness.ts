/**
 * Publish lateness bench (issue #5): JOBS jobs (default 5,000) due within one minute across
 * CHANNELS webhook channels (default 50), against a local receiver that answers in 100 ms, run by
 * WORKERS real worker processes (default 1). Reports lateness (run_at → the platform call)
 * p50/p99/max, throughput, and duplicate deliveries. Uses a database of its own, dropped after.
 * Run: npm run bench:publish   (results: bench/RESULTS.md)
 */
import { execFileSync } from "node:child_process";
import pg from "pg";

const jobs = Number(process.env.JOBS ?? 5000);
const channelCount = Number(process.env.CHANNELS ?? 50);
const workers = Number(process.env.WORKERS ?? 1);
const admin = "postgres://postgres@127.0.0.1:5432/postgres";
const dbName = `loomcast_bench_publish_${Date.now().toString(36)}`;
const url = `postgres://postgres@127.0.0.1:5432/${dbName}`;

Object.assign(process.env, {
  DATABASE_URL: url,
  AUTH_SECRET: "bench-secret-that-is-at-least-32-characters",
  ENCRYPTION_KEY: "tTCnmQ0GRvl3cllZYGkpO23NDPbMqjfX48QEbgAWUwg=",
  OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true",
  LOG_LEVEL: "warn",
});

const pct = (sorted: number[], p: number) => sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;

async function main(): Promise<void> {
  execFileSync(process.execPath, ["--import", "tsx", "scripts/db-migrate.ts"], { env: process.env, stdio: "inherit" });
  const { startFakeServer } = await import("@/tests/publish/fakes/fake-server");
  const { spawnWorker } = await import("@/tests/support/spawn-worker");
  const { seedPublishBench } = await import("./publish-seed");
  const { pool } = await import("@/server/db/client");
  const { closeDbosClient } = await import("@/server/workflows/dbos-client");

  const receiver = await startFakeServer();
  receiver.latencyMs = 100;
  receiver.route("POST", "/hook/:n", (req) => ({ status: 200, json: { id: String(req.headers["idempotency-key"]) } }));

  // Workers first (they register the queues), then the jobs, due 20 s after seeding starts.
  const env = { DATABASE_URL: url, DATABASE_POOL_SIZE: String(Math.floor(60 / (2 * workers))), WORKER_QUEUES: "publish-webhook", OUTBOUND_ALLOW_PRIVATE_NETWORKS: "true", LOG_LEVEL: "warn" };
  const running = await Promise.all(Array.from({ length: workers }, () => spawnWorker(env, 60_000)));
  // However this run ends, its workers go with it.
  process.once("exit", () => running.forEach((w) => w.process.kill("SIGKILL")));
  const seedStarted = Date.now();
  const seeded = await seedPublishBench({ jobs, channels: channelCount, receiverUrl: receiver.url, startInMs: 40_000, windowMs: 60_000 });
  console.log(`seeded ${jobs} jobs on ${channelCount} channels in ${Date.now() - seedStarted} ms; due from ${new Date(seeded.firstRunAt).toISOString()} for 60 s`);

  const deadline = seeded.lastRunAt + 10 * 60_000;
  while (new Set(receiver.requests.map((r) => r.headers["idempotency-key"])).size < jobs && Date.now() < deadline) {
    await new Promise((r) => setTimeout(r, 500));
  }
  // Let stragglers (duplicates, records) settle.
  await new Promise((r) => setTimeout(r, 2000));
  const { rows } = await pool.query<{ status: string; n: number }>("select status, count(*)::int as n from publish_jobs group by status");
  await Promise.all(running.map((w) => w.stop()));

  const calls = receiver.requests.filter((r) => r.method === "POST");
  const firstCall = new Map<string, number>();
  for (const call of calls) {
    const key = String(call.headers["idempotency-key"]);
    if (!firstCall.has(key)) firstCall.set(key, call.at);
  }
  const lateness = [...firstCall].map(([key, at]) => at - seeded.runAtByKey.get(key)!).sort((a, b) => a - b);
  const times = [...firstCall.values()].sort((a, b) => a - b);
  const result = {
    jobs,
    channels: channelCount,
    workers,
    delivered: firstCall.size,
    duplicateCalls: calls.length - firstCall.size,
    jobStatuses: Object.fromEntries(rows.map((r) => [r.status, r.n])),
    latenessMs: { p50: pct(lateness, 50), p90: pct(lateness, 90), p99: pct(lateness, 99), max: lateness.at(-1) },
    withinSeconds: { "31": lateness.filter((l) => l <= 31_000).length / jobs, "69": lateness.filter((l) => l <= 69_000).length / jobs },
    throughputPerSec: Math.round((firstCall.size / Math.max(1, (times.at(-1)! - times[0]!) / 1000)) * 10) / 10,
    lastCallAfterLastRunAtMs: times.at(-1)! - seeded.lastRunAt,
  };
  console.log(JSON.stringify(result, null, 2));

  await receiver.close();
  await closeDbosClient();
  await pool.end();
  const client = new pg.Client({ connectionString: admin });
  await client.connect();
  await client.query(`drop database if exists "${dbName}" with (force)`);
  await client.end();
}

main().catch((error: unknown) => {
  console.error(error);
  process.exit(1);
});
