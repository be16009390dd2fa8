import "server-only";
import type { Db } from "@/server/db/client";
import { db } from "@/server/db/client";
import type { AuditActor } from "@/server/audit/write-audit";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
  /** The session row of the signed-in browser (user_sessions.id); null for callers without one. */
  sessionId?: string | null;
}

export interface Context {
  db: Db;
  user: SessionUser | null;
  ip: string | null;
  requestId: string;
  /** Workspace access resolved during this request, keyed by slug. */
  workspaceCache: Map<string, Promise<unknown>>;
}

export function createInnerContext(opts: { user: SessionUser | null; ip?: string | null; requestId?: string }): Context {
  return {
    db,
    user: opts.user,
    ip: opts.ip ?? null,
    requestId: opts.requestId ?? crypto.randomUUID(),
    workspaceCache: new Map(),
  };
}

/**
 * The client's address, for rate limits and the audit log. X-Forwarded-For is a list each proxy
 * appends to, so only the entries added by our own proxies can be trusted: with
 * TRUSTED_PROXY_HOPS = n (default 1: one load balancer, or Next.js itself filling the header
 * from the socket) the address is the n-th entry from the right. Entries further left are
 * whatever the client sent and are ignored.
 */
export function clientIp(headers: Headers, hops = trustedProxyHops()): string | null {
  const chain = (headers.get("x-forwarded-for") ?? "")
    .split(",")
    .map((entry) => entry.trim())
    .filter(Boolean);
  if (chain.length === 0) return headers.get("x-real-ip");
  return chain[Math.max(0, chain.length - hops)] ?? null;
}

function trustedProxyHops(): number {
  const hops = Number(process.env.TRUSTED_PROXY_HOPS ?? 1);
  return Number.isInteger(hops) && hops >= 1 ? hops : 1;
}

export function actorOf(ctx: Pick<Context, "user" | "ip" | "requestId">): AuditActor {
  return { userId: ctx.user?.id ?? null, ip: ctx.ip, requestId: ctx.requestId };
}
