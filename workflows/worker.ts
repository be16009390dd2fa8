import "server-only";

/**
 * The worker process: runs DBOS Transact on the app's database (system schema `dbos`) and
 * executes every workflow the web process enqueues. Start: npm run worker
 * Several workers may share one database; give each a stable DBOS__VMID so its unfinished
 * workflows are recovered when that worker restarts.
 */
import { hostname } from "node:os";
import { DBOS } from "@dbos-inc/dbos-sdk";
import { env } from "@/env";
import { pool } from "@/server/db/client";
import { logger } from "@/server/log/logger";
import { checkDatabaseOrExit } from "@/server/startup/check-database";
import { dbosLogger } from "./dbos-logger";
import { APP_NAME, APPLICATION_VERSION, queues } from "./names";
import { startFleetLoop } from "./fleet/fleet-loop";
import { registerQueues } from "./queues";
import { registerSchedules } from "./schedules";
import "./welcome/welcome-workspace";
import "./generation/generate-content";
import "./publish/publish-job";
import "./metrics/collect-metrics";

const executorID = process.env.DBOS__VMID || `${hostname()}-worker`;
/** WORKER_QUEUES=generation,onboarding dedicates this worker to those queues (default: all). */
const listenQueues = (process.env.WORKER_QUEUES ?? "")
  .split(",")
  .map((q) => q.trim())
  .filter(Boolean);

async function start(): Promise<void> {
  await checkDatabaseOrExit();
  DBOS.setConfig({
    name: APP_NAME,
    systemDatabaseUrl: env.DATABASE_URL,
    applicationVersion: APPLICATION_VERSION,
    executorID,
    logger: dbosLogger,
    // Every running workflow checkpoints its steps here; size it like the app pool.
    systemDatabasePoolSize: env.DATABASE_POOL_SIZE,
    // `npm run db:migrate` creates and upgrades the `dbos` schema; the worker only checks it.
    runMigrations: false,
    ...(listenQueues.length > 0 ? { listenQueues } : {}),
  });
  await DBOS.launch();
  await registerQueues();
  fleet = startFleetLoop({ executorId: executorID, applicationVersion: APPLICATION_VERSION, hostname: hostname(), pid: process.pid, startedAt: new Date() }, env.WORKER_DEAD_AFTER_SECONDS);
  await registerSchedules();
  logger.info("worker ready", { executorID, applicationVersion: APPLICATION_VERSION, queues: listenQueues.length > 0 ? listenQueues : Object.values(queues) });
}

let fleet: { stop: () => Promise<void> } | undefined;
let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  logger.info("worker stopping", { signal, executorID });
  await fleet?.stop();
  // Give running workflows a moment to finish; the rest are recovered when this executor restarts.
  await DBOS.shutdown({ workflowCompletionTimeoutMS: 10_000 }).catch((error: unknown) => logger.error("DBOS shutdown failed", { error }));
  await pool.end().catch(() => undefined);
  logger.info("worker stopped", { executorID });
  process.exit(0);
}

process.on("SIGTERM", () => void stop("SIGTERM"));
process.on("SIGINT", () => void stop("SIGINT"));

start().catch((error: unknown) => {
  logger.error("worker failed to start", { error, hint: "Is PostgreSQL up, and has `npm run db:migrate` run against DATABASE_URL?" });
  process.exit(1);
});
