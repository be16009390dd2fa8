/**
 * Runs the analytics seed (tests/analytics/seed.ts) against the e2e database for one workspace:
 * `tsx --conditions=react-server e2e/support/seed-analytics-cli.ts <workspace-slug>` with DATABASE_URL set to the e2e
 * database. The workspace's owner is the reviewer of the seeded items. Prints the seed's ids as JSON.
 */
import { and, eq } from "drizzle-orm";
import { db, pool } from "@/server/db/client";
import { memberships, users, workspaces } from "@/server/db/schema";
import { seedAnalytics } from "@/tests/analytics/seed";
import { assertLocalDatabase } from "./local-database";

const slug = process.argv[2];
if (!slug) throw new Error("usage: seed-analytics-cli.ts <workspace-slug>");
assertLocalDatabase(process.env.DATABASE_URL ?? "");

try {
  const [owner] = await db
    .select({ workspaceId: workspaces.id, userId: users.id, name: users.name })
    .from(workspaces)
    .innerJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.role, "owner")))
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(workspaces.slug, slug))
    .limit(1);
  if (!owner) throw new Error(`No workspace "${slug}" with an owner in the e2e database`);
  const seed = await seedAnalytics({ workspaceId: owner.workspaceId, actor: { id: owner.userId, name: owner.name } });
  console.log(JSON.stringify(seed));
} finally {
  await pool.end();
}
