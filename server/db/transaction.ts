import type pg from "pg";
import { dbFor, pool, type Db } from "./client";
import { guardClient } from "./connection-errors";

export type Tx = Db;
export interface TxScope {
  tx: Tx;
  /** The raw pg client holding the transaction, for DBOSClient.enqueueInTransaction. */
  client: pg.PoolClient;
}

/**
 * Runs `fn` in one database transaction. Everything it writes (rows, audit records,
 * enqueued workflows) commits together or not at all.
 */
export async function transaction<T>(fn: (scope: TxScope) => Promise<T>): Promise<T> {
  const client = await pool.connect();
  // The connection may drop while we hold it (a database restart): the transaction then fails
  // like any other error, and the broken connection is discarded rather than reused.
  const guard = guardClient(client, "transaction");
  try {
    await client.query("BEGIN");
    const result = await fn({ tx: dbFor(client), client });
    await client.query("COMMIT");
    return result;
  } catch (error) {
    if (!guard.failed()) await client.query("ROLLBACK").catch(() => undefined);
    throw error;
  } finally {
    guard.release();
    client.release(guard.failed());
  }
}
