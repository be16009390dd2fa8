/**
 * `npm run up`'s process group (scripts/process-group.ts) with real child processes: a worker that
 * keeps exiting is started again with backoff while the web stays up; the web exiting stops all.
 */
import { existsSync, mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { expect, it } from "vitest";
import { runTogether } from "@/scripts/process-group";

const starts = (file: string) => (existsSync(file) ? readFileSync(file, "utf8").trim().split("\n").length : 0);

async function until(check: () => boolean, timeoutMs = 20_000) {
  const deadline = Date.now() + timeoutMs;
  while (!check()) {
    if (Date.now() > deadline) throw new Error("condition not reached");
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** A node process that records each start in `file`, then exits with `code` for its first `failures` starts and stays up after. */
function processThat(file: string, failures: number, code = 1) {
  const script = `const fs=require("fs");fs.appendFileSync(${JSON.stringify(file)},"start\\n");const n=fs.readFileSync(${JSON.stringify(file)},"utf8").trim().split("\\n").length;if(n<=${failures})process.exit(${code});setInterval(()=>{},1000);`;
  return { command: process.execPath, args: ["-e", script] };
}

it("a worker that exits unexpectedly is restarted with backoff; the web keeps running", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "group-"));
  const webFile = path.join(dir, "web");
  const workerFile = path.join(dir, "worker");
  const stop = new AbortController();
  const done = runTogether(
    [
      { name: "web", ...processThat(webFile, 0) },
      { name: "worker", ...processThat(workerFile, 2), restart: true },
    ],
    { signal: stop.signal, minBackoffMs: 50, maxBackoffMs: 200 },
  );
  // Two crashes, then a worker that stays up: three starts, and the web was never restarted or stopped.
  await until(() => starts(workerFile) === 3);
  expect(starts(webFile)).toBe(1);
  stop.abort();
  expect(await done).toBe(0);
  expect(starts(workerFile)).toBe(3);
});

it("the web exiting stops the worker and the group exits non-zero", async () => {
  const dir = mkdtempSync(path.join(tmpdir(), "group-"));
  const workerFile = path.join(dir, "worker");
  const code = await runTogether(
    [
      { name: "web", ...processThat(path.join(dir, "web"), 1, 3) },
      { name: "worker", ...processThat(workerFile, 0), restart: true },
    ],
    { signal: new AbortController().signal, minBackoffMs: 50 },
  );
  expect(code).toBe(3);
  expect(starts(workerFile)).toBeLessThanOrEqual(1);
});
