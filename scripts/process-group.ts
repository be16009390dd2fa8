import { spawn, type ChildProcess } from "node:child_process";

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
  /**
   * Start it again when it exits on its own (the worker: a crash must not take the web down).
   * Restarts back off from `minBackoffMs`, doubling up to `maxBackoffMs`; a run that lasted
   * `stableAfterMs` resets the backoff.
   */
  restart?: boolean;
}

export interface GroupOptions {
  /** Stops the group (instead of this process's SIGINT/SIGTERM, which are then left alone). */
  signal?: AbortSignal;
  minBackoffMs?: number;
  maxBackoffMs?: number;
  stableAfterMs?: number;
}

const colors = ["\x1b[36m", "\x1b[35m", "\x1b[33m", "\x1b[32m"];

/** Copies a child's output line by line, each line prefixed with the process's name. */
function pipeLines(stream: NodeJS.ReadableStream, prefix: string, out: NodeJS.WriteStream) {
  let rest = "";
  stream.on("data", (chunk: Buffer) => {
    const lines = (rest + chunk.toString()).split("\n");
    rest = lines.pop() ?? "";
    for (const line of lines) out.write(`${prefix}${line}\n`);
  });
  stream.on("end", () => rest && out.write(`${prefix}${rest}\n`));
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/**
 * Runs several long-lived processes together (web and worker). Ctrl-C or SIGTERM stops all of
 * them. A process marked `restart` that exits on its own is started again with backoff; any
 * other process that exits on its own stops the others, and the exit code is non-zero.
 * Resolves with the exit code for this process.
 */
export function runTogether(specs: ProcessSpec[], options: GroupOptions = {}): Promise<number> {
  const { minBackoffMs = 1000, maxBackoffMs = 30_000, stableAfterMs = 60_000 } = options;
  const width = Math.max(...specs.map((s) => s.name.length));
  const children = new Set<ChildProcess>();
  const timers = new Set<NodeJS.Timeout>();
  let stopping = false;
  let exitCode = 0;

  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const timer of timers) clearTimeout(timer);
    for (const child of children) if (running(child)) child.kill(signal);
    // Anything still running after 15 s is killed.
    setTimeout(() => children.forEach((c) => running(c) && c.kill("SIGKILL")), 15_000).unref();
  };

  const supervise = (spec: ProcessSpec, i: number) =>
    new Promise<void>((resolve) => {
      const color = process.stdout.isTTY ? (colors[i % colors.length] ?? "") : "";
      const prefix = `${color}${spec.name.padEnd(width)} |${color ? "\x1b[0m" : ""} `;
      let backoff = minBackoffMs;
      const start = () => {
        const startedAt = Date.now();
        const child = spawn(spec.command, spec.args, { env: spec.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
        children.add(child);
        pipeLines(child.stdout!, prefix, process.stdout);
        pipeLines(child.stderr!, prefix, process.stderr);
        child.once("error", (error) => console.error(`${prefix}could not start: ${error.message}`));
        child.once("close", (code, signal) => {
          children.delete(child);
          if (stopping) return resolve();
          const how = signal ?? `code ${code}`;
          if (!spec.restart) {
            console.error(`${prefix}exited (${how}); stopping the others.`);
            exitCode = code || 1;
            stopAll("SIGTERM");
            return resolve();
          }
          if (Date.now() - startedAt >= stableAfterMs) backoff = minBackoffMs;
          console.error(`${prefix}exited (${how}); restarting in ${Math.round(backoff / 100) / 10} s.`);
          const timer = setTimeout(() => {
            timers.delete(timer);
            if (stopping) resolve();
            else start();
          }, backoff);
          timers.add(timer);
          backoff = Math.min(maxBackoffMs, backoff * 2);
        });
      };
      start();
    });

  const exits = specs.map(supervise);
  const stop = () => stopAll("SIGTERM");
  if (options.signal) {
    if (options.signal.aborted) stop();
    else options.signal.addEventListener("abort", stop, { once: true });
  } else {
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  }
  return Promise.all(exits).then(() => exitCode);
}
