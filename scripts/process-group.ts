import { spawn, type ChildProcess } from "node:child_process";

export interface ProcessSpec {
  name: string;
  command: string;
  args: string[];
  env?: NodeJS.ProcessEnv;
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

/**
 * Runs several long-lived processes together (web and worker). Ctrl-C or SIGTERM stops all of
 * them; if one exits on its own, the others are stopped too and the exit code is non-zero.
 * Resolves with the exit code for this process.
 */
export function runTogether(specs: ProcessSpec[]): Promise<number> {
  const width = Math.max(...specs.map((s) => s.name.length));
  const children: ChildProcess[] = [];
  let stopping = false;
  let exitCode = 0;

  const stopAll = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    for (const child of children) if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    // Anything still running after 15 s is killed.
    setTimeout(() => children.forEach((c) => c.exitCode === null && c.signalCode === null && c.kill("SIGKILL")), 15_000).unref();
  };

  const exits = specs.map((spec, i) => {
    const color = process.stdout.isTTY ? (colors[i % colors.length] ?? "") : "";
    const prefix = `${color}${spec.name.padEnd(width)} |${color ? "\x1b[0m" : ""} `;
    const child = spawn(spec.command, spec.args, { env: spec.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    children.push(child);
    pipeLines(child.stdout!, prefix, process.stdout);
    pipeLines(child.stderr!, prefix, process.stderr);
    return new Promise<void>((resolve) =>
      child.once("exit", (code, signal) => {
        if (!stopping) {
          console.error(`${prefix}exited (${signal ?? `code ${code}`}); stopping the others.`);
          exitCode = code || 1;
          stopAll("SIGTERM");
        }
        resolve();
      }),
    );
  });

  process.on("SIGINT", () => stopAll("SIGTERM"));
  process.on("SIGTERM", () => stopAll("SIGTERM"));
  return Promise.all(exits).then(() => exitCode);
}
