/**
 * The e2e run's database, as a long-lived process (the first config.webServer entry, so it is up
 * before the web server and the worker and torn down after them): creates a fresh database,
 * migrates it like production, prints "database ready", and drops it on SIGTERM/SIGINT.
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import pg from "pg";
import { assertLocalDatabase } from "./local-database";

const url = process.env.DATABASE_URL;
if (!url) throw new Error("DATABASE_URL is not set (playwright.config.ts sets it)");
assertLocalDatabase(url);
const name = decodeURIComponent(new URL(url).pathname.slice(1));
const admin = new URL(url);
admin.pathname = "/postgres";
const root = path.resolve(import.meta.dirname, "../..");

async function adminQuery(sql: string) {
  const client = new pg.Client({ connectionString: admin.toString() });
  await client.connect();
  try {
    await client.query(sql);
  } finally {
    await client.end();
  }
}

const quoted = `"${name.replace(/"/g, '""')}"`;
await adminQuery(`drop database if exists ${quoted} with (force)`);
execFileSync(path.join(root, "node_modules/.bin/tsx"), ["scripts/db-migrate.ts"], { cwd: root, stdio: ["ignore", "ignore", "inherit"] });
console.log(`database ready: ${name}`);

let dropping = false;
async function drop(signal: string) {
  if (dropping) return;
  dropping = true;
  try {
    await adminQuery(`drop database if exists ${quoted} with (force)`);
    console.log(`database dropped: ${name} (${signal})`);
    process.exit(0);
  } catch (error) {
    console.error(`could not drop e2e database ${name}:`, error);
    process.exit(1);
  }
}
process.on("SIGTERM", () => void drop("SIGTERM"));
process.on("SIGINT", () => void drop("SIGINT"));
setInterval(() => undefined, 1 << 30); // stay alive until a signal arrives
