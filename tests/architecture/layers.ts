/**
 * Where code may run, as the import-boundary test enforces it (ARCHITECTURE.md explains why).
 * Paths are repository-relative with forward slashes.
 */

/** Browser code: every file under components/, and any file whose first statement is "use client". */
export const isClientFolder = (file: string) => file.startsWith("components/");

/** The server (and the worker) lives here; browser code may only take types from it. */
export const isServer = (file: string) => file.startsWith("server/");
export const isWorkflows = (file: string) => file.startsWith("workflows/");

/**
 * The workflow modules that web-side server code may import to enqueue work: the definitions
 * (workflows/definitions/: name, queues, input, typed enqueue) and workflows/names.ts. Everything
 * else under workflows/ is the worker's: workflow bodies, schedules, the worker entry point.
 */
export const isWorkflowDefinition = (file: string) =>
  file === "workflows/names.ts" || /^workflows\/(.+\/)?definitions?(\/|\.ts$)/.test(file);

/**
 * lib/ is the universal layer (runs in the browser and on the server). The only lib files that
 * reach into server/ are the React Server Component bridges, and they declare `import "server-only"`.
 */
export const libServerBridges = new Set(["lib/trpc/server.tsx", "lib/auth-redirect.ts"]);

/**
 * Worker-only code: run only inside the DBOS worker process (workflows/worker.ts), never loaded by
 * the Next.js app. New worker-only code goes in a `run/` folder of its domain (server/<domain>/run/).
 */
const workerOnlyFolders = [
  "server/publish/run/", // a publish job's run: load, deliver, record, hand over
  "server/generation/stage/", // generation stages: plan, draft, finish, model calls
  "server/generation/prompts/",
  "server/publish/preflight/", // the preflight sweep
  "server/fleet/", // heartbeats, takeover of a dead worker's jobs and runs
  "server/housekeeping/",
];
const workerOnlyFiles = new Set([
  // a generation run's steps, called by workflows/generation
  "server/generation/begin-stage.ts",
  "server/generation/run-stage.ts",
  "server/generation/record-step.ts",
  "server/generation/stage-failed.ts",
  "server/generation/settle-run.ts",
  "server/generation/finish-run.ts",
  "server/generation/write-version.ts",
  "server/generation/load-plan.ts",
  "server/generation/model-chain.ts",
  "server/generation/cancelled-outside.ts",
  // metric pulls, called by workflows/metrics
  "server/learn/pull-metrics.ts",
  "server/learn/record-snapshot.ts",
  "server/learn/apply-learning.ts",
  "workflows/worker.ts",
]);
/** Web code still reaches these from inside a worker-only folder (issue #15 item 2 moves them). */
const webReachedExceptions = new Set(["server/publish/run/sync-item-status.ts"]);

export const isWorkerOnly = (file: string) =>
  !webReachedExceptions.has(file) &&
  (workerOnlyFiles.has(file) ||
    workerOnlyFolders.some((folder) => file.startsWith(folder)) ||
    (isWorkflows(file) && !isWorkflowDefinition(file) && !file.startsWith("workflows/testing/")));

/** Entry points of the Next.js app: what it bundles starts here. */
export const isWebEntry = (file: string) =>
  /^(app|components|lib)\//.test(file) || ["proxy.ts", "instrumentation.ts", "instrumentation-client.ts"].includes(file);

/** Tests and tooling may import anything. */
export const isTooling = (file: string) => /^(tests|e2e|bench|scripts)\//.test(file) || /\.test\.tsx?$/.test(file);

/**
 * Loaded by plain Node outside our processes' control (next.config.ts by Next before bundling,
 * the schema by drizzle-kit): these files, and what they import, must NOT declare "server-only",
 * which throws there. Everything else under server/ must declare it.
 */
export const plainNodeEntries = ["next.config.ts", "server/db/schema/index.ts"];
