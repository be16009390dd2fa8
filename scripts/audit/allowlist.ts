/**
 * The audit allow-list (`audit-allowlist.json` at the repository root): advisories that do not
 * apply to us, each with why and a date by which someone looks at it again. An entry past its
 * review date fails the check, so an exception cannot quietly outlive its reason.
 */
import { readFileSync } from "node:fs";
import { z } from "zod";

const advisoryId = z
  .string()
  .trim()
  .regex(/^(GHSA(-[0-9a-z]{4}){3}|\d+)$/i, "Give the advisory as its GHSA id (GHSA-xxxx-xxxx-xxxx) or npm's advisory number");

export const allowEntrySchema = z.object({
  id: advisoryId,
  package: z.string().trim().min(1, "Name the package the advisory is about"),
  reason: z.string().trim().min(20, "Say in a sentence why the advisory does not apply"),
  reviewBy: z.iso.date("Give the review date as YYYY-MM-DD"),
});
export type AllowEntry = z.output<typeof allowEntrySchema>;

export const allowListSchema = z.object({ advisories: z.array(allowEntrySchema) });

/** Reads and validates the allow-list; a missing file is an empty list. */
export function loadAllowList(path: string): AllowEntry[] {
  let text: string;
  try {
    text = readFileSync(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return [];
    throw error;
  }
  const parsed = allowListSchema.safeParse(JSON.parse(text));
  if (!parsed.success) {
    const problems = parsed.error.issues.map((i) => `  ${i.path.join(".")}: ${i.message}`).join("\n");
    throw new Error(`${path} is not a valid allow-list:\n${problems}`);
  }
  return parsed.data.advisories;
}

/** Entries whose review date has passed (compared by calendar day, UTC). */
export function expiredEntries(entries: AllowEntry[], now = new Date()): AllowEntry[] {
  const today = now.toISOString().slice(0, 10);
  return entries.filter((e) => e.reviewBy < today);
}
