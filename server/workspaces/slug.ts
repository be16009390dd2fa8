import "server-only";
import { like, sql } from "drizzle-orm";
import type { Tx } from "@/server/db/transaction";
import { workspaces } from "@/server/db/schema";

/** Reserved because they are top-level routes or would confuse readers. */
const reserved = new Set(["api", "blog", "sign-in", "sign-up", "onboarding", "invite", "dev", "admin", "settings", "new", "check-email", "forgot-password", "reset-password", "verify-email", "workspaces", "r", "agency", "api-docs"]);

export function slugify(text: string): string {
  const base = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return base.length >= 2 && !reserved.has(base) ? base : `workspace-${base}`.replace(/-$/, "");
}

/**
 * A slug derived from `name` that no workspace uses yet (adds -2, -3… when taken). Call it inside
 * a transaction: a transaction-scoped advisory lock makes concurrent allocations wait for each
 * other, so two workspaces named alike cannot both pick the same free slug.
 */
export async function uniqueWorkspaceSlug(tx: Tx, name: string, exceptWorkspaceId?: string): Promise<string> {
  const base = slugify(name);
  await tx.execute(sql`select pg_advisory_xact_lock(hashtext('loomcast:workspace-slug'))`);
  const taken = await tx
    .select({ slug: workspaces.slug, id: workspaces.id })
    .from(workspaces)
    .where(like(workspaces.slug, `${base}%`));
  const used = new Set(taken.filter((w) => w.id !== exceptWorkspaceId).map((w) => w.slug));
  if (!used.has(base)) return base;
  for (let n = 2; ; n++) if (!used.has(`${base}-${n}`)) return `${base}-${n}`;
}
