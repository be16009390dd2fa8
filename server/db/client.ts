import { drizzle, type NodePgDatabase } from "drizzle-orm/node-postgres";
import pg from "pg";
import { env } from "@/env";
import { guardPool } from "./connection-errors";
import * as schema from "./schema";

export type Schema = typeof schema;
export type Db = NodePgDatabase<Schema>;

const globalForDb = globalThis as unknown as { loomcastPool?: pg.Pool };

function createPool(): pg.Pool {
  const created = new pg.Pool({ connectionString: env.DATABASE_URL, max: env.DATABASE_POOL_SIZE, keepAlive: true });
  // Without a listener, one idle connection dropped by a database restart would end the process.
  guardPool(created, "app pool");
  return created;
}

/** One pool per process (kept across Next.js dev reloads). */
export const pool = globalForDb.loomcastPool ?? createPool();
if (process.env.NODE_ENV !== "production") globalForDb.loomcastPool = pool;

export const db: Db = drizzle(pool, { schema });

export function dbFor(client: pg.PoolClient | pg.Pool): Db {
  return drizzle(client, { schema });
}
