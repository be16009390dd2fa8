import "server-only";

/**
 * Takes an OAuth state off the shelf: it must exist, belong to the signed-in member, be unused
 * and unexpired, and the member must still be allowed to manage the workspace's channels. It is
 * marked used in the same transaction, so a state works once even if two callbacks race.
 */
import { and, eq } from "drizzle-orm";
import { effectiveRole } from "@/server/agency/org-roles";
import { memberships, organizationMembers, workspaces } from "@/server/db/schema";
import { oauthStates } from "@/server/db/schema/publish";
import { transaction } from "@/server/db/transaction";
import { can } from "@/lib/workspaces/permissions";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";
import { hashState } from "./state";

export type ConsumedState = typeof oauthStates.$inferSelect & { workspace: WorkspaceRef };

export class StateError extends Error {
  constructor(
    message: string,
    /** Where to send the member back, when we know the workspace. */
    readonly workspaceSlug: string | null = null,
  ) {
    super(message);
    this.name = "StateError";
  }
}

export async function consumeState(state: string, userId: string, now = new Date()): Promise<ConsumedState> {
  return transaction(async ({ tx }) => {
    const [row] = await tx.select().from(oauthStates).where(eq(oauthStates.stateHash, hashState(state))).for("update");
    if (!row) throw new StateError("This connect link is not valid. Start connecting again from the Channels page.");
    // Only the member who started it may finish it; do not reveal anything about the workspace to anyone else.
    if (row.userId !== userId) throw new StateError("This connect link was started by someone else. Start connecting again from the Channels page.");
    const [ws] = await tx
      .select({ id: workspaces.id, organizationId: workspaces.organizationId, slug: workspaces.slug, name: workspaces.name, memberRole: memberships.role, orgRole: organizationMembers.role })
      .from(workspaces)
      .leftJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
      .leftJoin(organizationMembers, and(eq(organizationMembers.organizationId, workspaces.organizationId), eq(organizationMembers.userId, userId)))
      .where(eq(workspaces.id, row.workspaceId));
    // Members, and agency staff through their organization role.
    const role = ws ? effectiveRole(ws.memberRole, ws.orgRole) : null;
    if (!ws || !role) throw new StateError("You are no longer a member of this workspace.");
    const { memberRole: _m, orgRole: _o, ...workspace } = ws;
    if (row.usedAt) throw new StateError("This connect link was already used. Start connecting again.", workspace.slug);
    if (row.expiresAt.getTime() <= now.getTime()) throw new StateError("This connect link expired (they last 10 minutes). Start connecting again.", workspace.slug);
    if (!can(role, "channels.manage")) throw new StateError("Your role no longer allows connecting channels.", workspace.slug);
    await tx.update(oauthStates).set({ usedAt: now }).where(eq(oauthStates.id, row.id));
    return { ...row, usedAt: now, workspace };
  });
}
