import "server-only";

/**
 * Which tenant a customer's host name belongs to (verified domains only), cached briefly in
 * memory. Contract with the agency/white-label side: a blog domain names a workspace's public
 * blog, an app domain names an organization's white-labelled app.
 */
import { and, eq } from "drizzle-orm";
import { db as defaultDb, type Db } from "@/server/db/client";
import { customDomains, workspaces } from "@/server/db/schema";
import { createHostCache, type HostCache } from "./host-cache";

export type ResolvedHost = { kind: "blog"; workspaceId: string; site: string } | { kind: "app"; organizationId: string };

/** How long a lookup (found or not) is reused; other processes see a change within this. */
export const hostCacheTtlMs = 30_000;

const key = Symbol.for("loomcast.domains.hostCache");
const store = globalThis as unknown as { [key]?: HostCache<ResolvedHost | null> };
const cache = (store[key] ??= createHostCache<ResolvedHost | null>(hostCacheTtlMs, 10_000));

/** The verified domain's route, read from the database (no cache). */
export async function lookupHost(db: Db, host: string): Promise<ResolvedHost | null> {
  const [row] = await db
    .select({ kind: customDomains.kind, organizationId: customDomains.organizationId, workspaceId: customDomains.workspaceId, site: workspaces.slug })
    .from(customDomains)
    .leftJoin(workspaces, eq(workspaces.id, customDomains.workspaceId))
    .where(and(eq(customDomains.host, host), eq(customDomains.status, "verified")))
    .limit(1);
  if (!row) return null;
  if (row.kind === "app") return { kind: "app", organizationId: row.organizationId };
  return row.workspaceId && row.site ? { kind: "blog", workspaceId: row.workspaceId, site: row.site } : null;
}

/** `host`: lowercase, without port (see requestHost). */
export async function resolveHost(host: string): Promise<ResolvedHost | null> {
  const hit = cache.get(host);
  if (hit) return hit.value;
  const value = await lookupHost(defaultDb, host);
  cache.set(host, value);
  return value;
}

/** Forget a host's cached route (after its domain was added, verified, failed or removed). */
export function invalidateHost(host: string): void {
  cache.delete(host);
}

/** Forget every cached route (a workspace renamed its slug, tests). */
export function clearHostCache(): void {
  cache.clear();
}
