import "server-only";
import { DBOSClient } from "@dbos-inc/dbos-sdk";
import { env } from "@/env";
import { APP_NAME } from "@/workflows/names";

const globalForDbos = globalThis as unknown as { loomcastDbosClient?: Promise<DBOSClient> };

/** The web process's only handle on DBOS: it enqueues, sends and cancels, never runs workflows. */
export function dbosClient(): Promise<DBOSClient> {
  globalForDbos.loomcastDbosClient ??= DBOSClient.create({
    systemDatabaseUrl: env.DATABASE_URL,
    systemDatabasePoolSize: 4,
    // Workflows this client enqueues belong to our application, so only our workers run them.
    applicationName: APP_NAME,
  });
  return globalForDbos.loomcastDbosClient;
}

/** Closes the client (tests, shutdown); the next dbosClient() call opens a fresh one. */
export async function closeDbosClient(): Promise<void> {
  const pending = globalForDbos.loomcastDbosClient;
  globalForDbos.loomcastDbosClient = undefined;
  if (pending) await (await pending).destroy();
}
