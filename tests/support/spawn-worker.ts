import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export interface RunningWorker {
  process: ChildProcess;
  executorID: string;
  /** Everything the worker printed so far (for failure messages). */
  output: () => string;
  stop: () => Promise<void>;
}

const root = path.resolve(import.meta.dirname, "../..");

/**
 * Starts the real worker (`node --import tsx workflows/worker.ts`) as a child process on the test database
 * and resolves once it logs "worker ready". Rejects with its output if it exits or is slow.
 * Pass the executorID of a worker that died to restart "the same" worker (DBOS recovers its
 * unfinished workflows).
 */
export function spawnWorker(env: Record<string, string>, timeoutMs = 30_000, options: { executorID?: string } = {}): Promise<RunningWorker> {
  const executorID = options.executorID ?? `test-${process.pid}-${crypto.randomUUID().slice(0, 8)}`;
  // node itself with tsx as a loader (not the tsx CLI, which runs the script in a grandchild that
  // a SIGKILL of the CLI would leave running): a kill here kills the worker.
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "workflows/worker.ts"], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: "info", DBOS__VMID: executorID },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));

  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) {
      child.kill("SIGTERM");
      const killTimer = setTimeout(() => child.kill("SIGKILL"), 15_000);
      await exited;
      clearTimeout(killTimer);
    }
  };

  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`worker not ready after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = () => {
      if (!output.includes('"msg":"worker ready"')) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      resolve({ process: child, executorID, output: () => output, stop });
    };
    child.stdout.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`worker exited (code ${code}, signal ${signal}) before it was ready:\n${output}`));
    });
  });
}
