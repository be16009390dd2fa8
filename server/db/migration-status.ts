import { readFile } from "node:fs/promises";
import path from "node:path";
import type pg from "pg";

interface Journal {
  entries: Array<{ tag: string; when: number }>;
}

/**
 * Compares the migrations in db/ with those recorded in the database.
 * Returns the tags of migrations the database has not applied yet.
 */
export async function pendingMigrations(client: pg.Pool | pg.Client, dir = path.join(process.cwd(), "db")): Promise<string[]> {
  const journal = JSON.parse(await readFile(path.join(dir, "meta", "_journal.json"), "utf8")) as Journal;
  let applied: number[] = [];
  try {
    const res = await client.query<{ created_at: string }>("select created_at from drizzle.__drizzle_migrations");
    applied = res.rows.map((r) => Number(r.created_at));
  } catch (error) {
    // 3F000: schema "drizzle" missing; 42P01: table missing. Anything else (unreachable…) propagates.
    const code = (error as { code?: string }).code;
    if (code !== "3F000" && code !== "42P01") throw error;
    applied = [];
  }
  const latestApplied = applied.length ? Math.max(...applied) : 0;
  return journal.entries.filter((e) => e.when > latestApplied).map((e) => e.tag);
}
