import "server-only";
import type { AuditActor } from "@/server/audit/write-audit";
import type { Db } from "@/server/db/client";
import { actorOf, type Context, type SessionUser } from "@/server/trpc/context";
import type { Role } from "@/lib/workspaces/permissions";
import type { WorkspaceRef } from "./resolve-access";

/** The signed-in actor of a service call, as the audit log records it. */
export type UserActor = AuditActor & { userId: string };

/** What every workspace-scoped service receives: the tenant, the caller's role there, the actor. */
export interface WorkspaceServiceContext {
  db: Db;
  workspace: WorkspaceRef;
  role: Role;
  user: SessionUser;
  actor: UserActor;
}

/** Builds a service context from a `workspaceProcedure`'s tRPC context. */
export function workspaceServiceContext(
  ctx: Context & { user: SessionUser; workspace: WorkspaceRef; role: Role },
): WorkspaceServiceContext {
  return {
    db: ctx.db,
    workspace: ctx.workspace,
    role: ctx.role,
    user: ctx.user,
    actor: { ...actorOf(ctx), userId: ctx.user.id },
  };
}

/** Service context for a signed-in caller outside any workspace. */
export interface UserServiceContext {
  db: Db;
  user: SessionUser;
  actor: UserActor;
}

export function userServiceContext(ctx: Context & { user: SessionUser }): UserServiceContext {
  return { db: ctx.db, user: ctx.user, actor: { ...actorOf(ctx), userId: ctx.user.id } };
}
