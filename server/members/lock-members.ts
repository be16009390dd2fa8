import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import { memberships } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";
import { AppError, notFound } from "@/server/errors/app-error";
import type { Role } from "@/lib/workspaces/permissions";

export const lastOwnerMessage =
  "A workspace needs at least one owner. Make another member an owner first.";

export interface LockedMembers {
  roleOf(userId: string): Role | undefined;
  ownerCount: number;
}

/**
 * Locks (SELECT … FOR UPDATE) every owner membership of the workspace plus the given members,
 * in one statement ordered by user id, so concurrent role changes and removals in the same
 * workspace run one after the other and the last-owner rule cannot be raced past.
 */
export async function lockMembers(tx: Tx, workspaceId: string, userIds: string[]): Promise<LockedMembers> {
  const rows = await tx
    .select({ userId: memberships.userId, role: memberships.role })
    .from(memberships)
    .where(
      and(
        eq(memberships.workspaceId, workspaceId),
        or(eq(memberships.role, "owner"), inArray(memberships.userId, userIds)),
      ),
    )
    .orderBy(asc(memberships.userId))
    .for("update");
  const roles = new Map(rows.map((r) => [r.userId, r.role]));
  return { roleOf: (userId) => roles.get(userId), ownerCount: rows.filter((r) => r.role === "owner").length };
}

/** The caller's role, re-read under the lock (it may have changed since the request began). */
export function lockedActorRole(locked: LockedMembers, userId: string): Role {
  const role = locked.roleOf(userId);
  if (!role) throw notFound("Workspace");
  return role;
}

/** Refuses a change that would leave the workspace without an owner. */
export function assertNotLastOwner(locked: LockedMembers, targetRole: Role): void {
  if (targetRole === "owner" && locked.ownerCount <= 1) throw new AppError("CONFLICT", lastOwnerMessage);
}
