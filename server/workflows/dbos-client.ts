import { DBOSClient } from "@dbos-inc/dbos-sdk";
import { env } from "@/env";

const globalForDbos = globalThis as unknown as { loomcastDbosClient?: Promise<DBOSClient> };

/** The web process's only handle on DBOS: it enqueues, sends and cancels, never runs workflows. */
export function dbosClient(): Promise<DBOSClient> {
  globalForDbos.loomcastDbosClient ??= DBOSClient.create({ systemDatabaseUrl: env.DATABASE_URL, systemDatabasePoolSize: 4 });
  return globalForDbos.loomcastDbosClient;
}
