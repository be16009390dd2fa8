/** Starts tests/fleet/support/web-process.ts as a child process and sends it commands. */
import { spawn, type ChildProcess } from "node:child_process";
import path from "node:path";

export type WebChild = {
  process: ChildProcess;
  output: () => string;
  call: <T>(command: string, body?: unknown) => Promise<T>;
  stop: () => Promise<void>;
};

const root = path.resolve(import.meta.dirname, "../../..");

export function spawnWeb(env: Record<string, string>, timeoutMs = 30_000): Promise<WebChild> {
  const child = spawn(process.execPath, ["--conditions=react-server", "--import", "tsx", "tests/fleet/support/web-process.ts"], {
    cwd: root,
    env: { ...process.env, ...env, LOG_LEVEL: "info" },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let output = "";
  child.stdout.on("data", (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on("data", (chunk: Buffer) => (output += chunk.toString()));
  const exited = new Promise<void>((resolve) => child.once("exit", () => resolve()));
  const stop = async () => {
    if (child.exitCode !== null || child.signalCode !== null) return;
    child.kill("SIGTERM");
    const killer = setTimeout(() => child.kill("SIGKILL"), 10_000);
    await exited;
    clearTimeout(killer);
  };
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      void stop();
      reject(new Error(`web process not ready after ${timeoutMs} ms:\n${output}`));
    }, timeoutMs);
    const onData = () => {
      const match = /"msg":"web ready","port":(\d+)/.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout.off("data", onData);
      const base = `http://127.0.0.1:${match[1]}`;
      const call = async <T>(command: string, body: unknown = {}): Promise<T> => {
        const res = await fetch(`${base}/${command}`, { method: "POST", headers: { "content-type": "application/json" }, body: JSON.stringify(body) });
        const json = (await res.json()) as T & { error?: string };
        if (!res.ok) throw new Error(`web ${command} failed (${res.status}): ${json.error}\n${output.slice(-4000)}`);
        return json;
      };
      resolve({ process: child, output: () => output, call, stop });
    };
    child.stdout.on("data", onData);
    child.once("exit", (code, signal) => {
      clearTimeout(timer);
      reject(new Error(`web process exited (code ${code}, signal ${signal}) before it was ready:\n${output}`));
    });
  });
}
