import "server-only";
import type { SQL } from "drizzle-orm";
import type { Db } from "@/server/db/client";

/** Runs a raw SQL query (aggregates that drizzle's builder would only obscure) and returns its rows. */
export async function rows<T>(db: Db, query: SQL): Promise<T[]> {
  const result = await db.execute(query);
  return result.rows as T[];
}

export const num = (v: unknown): number => (v === null || v === undefined ? 0 : Number(v));
export const numOrNull = (v: unknown): number | null => (v === null || v === undefined ? null : Number(v));
export const ratio = (a: number, b: number): number | null => (b > 0 ? a / b : null);
