import "server-only";
import { pool } from "@/server/db/client";
import { pendingMigrations } from "@/server/db/migration-status";

/** Exits the process when the database is unreachable or missing migrations, naming the fix. */
export async function checkDatabaseOrExit(): Promise<void> {
  let pending: string[];
  try {
    pending = await pendingMigrations(pool);
  } catch (error) {
    console.error(`Loomcast cannot reach its database (DATABASE_URL): ${(error as Error).message}`);
    process.exit(1);
  }
  if (pending.length > 0) {
    console.error(
      `Loomcast refuses to start: the database is missing ${pending.length} migration(s) (${pending.join(", ")}).\n` +
        "Run `npm run db:migrate` and start again.",
    );
    process.exit(1);
  }
}
