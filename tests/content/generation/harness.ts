/** The one worker the generation scenarios share (spawned once; the crash scenario kills and restarts it). */
import { spawnWorker, type RunningWorker } from "@/tests/support/spawn-worker";

/** No global providers in the worker, whatever the developer's environment holds. */
export const workerEnv = () => ({
  DATABASE_URL: process.env.DATABASE_URL!,
  // Only the generation queue, so this worker never takes another test file's onboarding workflows.
  WORKER_QUEUES: "generation",
  OPENAI_API_KEY: "",
  ANTHROPIC_API_KEY: "",
  GOOGLE_GENERATIVE_AI_API_KEY: "",
  OPENAI_COMPATIBLE_BASE_URL: "",
});

export type Harness = {
  worker(): RunningWorker;
  /** SIGKILLs the worker and starts it again under the same executor id (DBOS__VMID). */
  killAndRestart(beforeRestart?: () => void | Promise<void>): Promise<void>;
  output(): string;
};

export function createHarness(): Harness & { start(): Promise<void>; stop(): Promise<void> } {
  let current: RunningWorker | undefined;
  let previousOutput = "";
  return {
    async start() {
      current = await spawnWorker(workerEnv());
    },
    async stop() {
      await current?.stop();
    },
    worker: () => current!,
    output: () => previousOutput + (current?.output() ?? ""),
    async killAndRestart(beforeRestart) {
      const dead = current!;
      const exited = new Promise((resolve) => dead.process.once("exit", resolve));
      dead.process.kill("SIGKILL");
      await exited;
      previousOutput += dead.output();
      await beforeRestart?.();
      current = await spawnWorker(workerEnv(), 30_000, { executorID: dead.executorID });
    },
  };
}
