/**
 * Creates the database when it is missing, applies our SQL migrations (db/) with drizzle's
 * migrator, then creates or upgrades DBOS's system tables (schema `dbos`) in the same database.
 * Usage: npm run db:migrate   (DATABASE_URL from the environment or .env)
 */
import { execFileSync } from "node:child_process";
import path from "node:path";
import { drizzle } from "drizzle-orm/node-postgres";
import { migrate } from "drizzle-orm/node-postgres/migrator";
import pg from "pg";
import { databaseUrl, ensureDatabase } from "./db-url";

const url = databaseUrl();
await ensureDatabase(url);
const pool = new pg.Pool({ connectionString: url, max: 1 });
await migrate(drizzle(pool), { migrationsFolder: path.join(process.cwd(), "db") });
await pool.end();
execFileSync(path.join(process.cwd(), "node_modules", ".bin", "dbos"), ["schema", url], { stdio: ["ignore", "ignore", "inherit"] });
console.log(`Migrated ${new URL(url).pathname.slice(1)} (app schema and DBOS system tables).`);
