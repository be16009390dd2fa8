/**
 * A database of the test's own, migrated like production, for scenarios that kill workers or cut
 * connections: no other test file's worker may take over, dequeue or recover its workflows.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";

const adminUrl = process.env.TEST_ADMIN_DATABASE_URL ?? "postgres://postgres@127.0.0.1:5432/postgres";
const root = path.resolve(import.meta.dirname, "../../..");

export type FleetDb = { url: string; name: string; pool: pg.Pool; drop: () => Promise<void> };

export function createFleetDb(): FleetDb {
  const name = `loomcast_fleet_${process.pid}_${Math.random().toString(36).slice(2, 8)}`;
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], { cwd: root, env: { ...process.env, DATABASE_URL: url.toString() }, stdio: ["ignore", "ignore", "inherit"] });
  const pool = new pg.Pool({ connectionString: url.toString(), max: 3 });
  pool.on("error", () => undefined);
  return {
    url: url.toString(),
    name,
    pool,
    async drop() {
      await pool.end();
      const admin = new pg.Client({ connectionString: adminUrl });
      await admin.connect();
      await admin.query(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}

/** Polls `read` until `done` holds; fails with the last value after `timeoutMs` (a generous bound, not a timing assert). */
export async function pollUntil<T>(read: () => Promise<T>, done: (value: T) => boolean, timeoutMs: number, describe: () => string = () => ""): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await read();
    if (done(value)) return value;
    if (Date.now() > deadline) throw new Error(`not reached within ${timeoutMs} ms: ${JSON.stringify(value)}\n${describe()}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
