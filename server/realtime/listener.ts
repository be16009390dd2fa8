import { env } from "@/env";
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
  }
  void listener.start();
  return listener;
}
