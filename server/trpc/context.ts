import type { Db } from "@/server/db/client";
import { db } from "@/server/db/client";
import type { AuditActor } from "@/server/audit/write-audit";

export interface SessionUser {
  id: string;
  email: string;
  name: string | null;
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

export function clientIp(headers: Headers): string | null {
  const forwarded = headers.get("x-forwarded-for")?.split(",")[0]?.trim();
  return forwarded || headers.get("x-real-ip") || null;
}

export function actorOf(ctx: Pick<Context, "user" | "ip" | "requestId">): AuditActor {
  return { userId: ctx.user?.id ?? null, ip: ctx.ip, requestId: ctx.requestId };
}
