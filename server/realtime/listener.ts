import "server-only";
import { env } from "@/env";
import { logger } from "@/server/log/logger";
import { RunEventsListener } from "./run-events-listener";

const globalForListener = globalThis as unknown as { loomcastRunEvents?: RunEventsListener };

/**
 * This process's one run-events listener, started on first use (kept across Next.js dev
 * reloads, so a reload never opens a second LISTEN connection).
 */
export function runEventsListener(): RunEventsListener {
  let listener = globalForListener.loomcastRunEvents;
  if (!listener) {
    listener = new RunEventsListener({ connectionString: env.DATABASE_URL, name: "web" });
    globalForListener.loomcastRunEvents = listener;
    endStreamsOnShutdown(listener);
  }
  void listener.start();
  return listener;
}

/**
 * `next start` closes its server on SIGTERM/SIGINT and waits for open requests, and a progress
 * stream stays open until its run ends. So on those signals every stream is failed at once
 * (its client re-subscribes elsewhere and resumes after its last event; see stream-run-progress.ts).
 * When nothing else handles the signal, it is raised again so the process still exits as it would have.
 */
function endStreamsOnShutdown(listener: RunEventsListener) {
  for (const signal of ["SIGTERM", "SIGINT"] as const) {
    process.once(signal, () => {
      logger.info("realtime: ending progress streams for shutdown", { signal, streams: listener.subscriberCount() });
      void listener.shutdown().finally(() => {
        if (process.listenerCount(signal) === 0) process.kill(process.pid, signal);
      });
    });
  }
}
