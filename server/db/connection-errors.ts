/**
 * What a process does when PostgreSQL goes away (a restart, a failover, `pg_terminate_backend`):
 * the broken connection is dropped, the query that was on it fails (and is retried or reported by
 * its caller), and the process carries on. Logged once per outage, not once per connection or
 * query: the first lost connection warns, later ones are counted, and the first new connection
 * after that says the database is back.
 */
import type pg from "pg";
import { logger } from "@/server/log/logger";

const outage = { down: false, errors: 0, since: 0 };

/** A connection failed under us (idle in a pool, or held by a transaction). */
export function connectionLost(source: string, error: unknown): void {
  outage.errors += 1;
  if (outage.down) return;
  outage.down = true;
  outage.since = Date.now();
  const code = (error as { code?: string } | null)?.code;
  logger.warn("database: connection lost; reconnecting on demand", { source, code, error: error instanceof Error ? error.message : String(error) });
}

/** A new connection came up: ends the outage, if there was one. */
export function connectionBack(source: string): void {
  if (!outage.down) return;
  logger.info("database: connected again", { source, downForMs: Date.now() - outage.since, connectionErrors: outage.errors });
  outage.down = false;
  outage.errors = 0;
}

/** Error listeners on a pool: an idle connection that dies is dropped instead of crashing the process. */
export function guardPool(pool: pg.Pool, source: string): void {
  pool.on("error", (error) => connectionLost(source, error));
  pool.on("connect", () => connectionBack(source));
}

/**
 * Guards a client checked out of a pool for as long as it is held (pg removes the pool's idle
 * listener on checkout, so an error between queries would otherwise be unhandled). Returns the
 * error seen, if any, and a function that removes the listener.
 */
export function guardClient(client: pg.PoolClient, source: string): { failed: () => Error | undefined; release: () => void } {
  let seen: Error | undefined;
  const onError = (error: Error) => {
    seen = error;
    connectionLost(source, error);
  };
  client.on("error", onError);
  return { failed: () => seen, release: () => client.removeListener("error", onError) };
}
