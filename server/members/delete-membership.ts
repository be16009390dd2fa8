import "server-only";
import { and, eq, sql } from "drizzle-orm";
import { memberships, organizationMembers } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";

/**
 * Deletes a membership. A plain organization member ("member") with no workspace left in the
 * organization leaves the organization too; owners and admins of the organization stay.
 */
export async function deleteMembership(tx: Tx, workspace: WorkspaceRef, userId: string): Promise<void> {
  await tx.delete(memberships).where(and(eq(memberships.workspaceId, workspace.id), eq(memberships.userId, userId)));
  await tx
    .delete(organizationMembers)
    .where(
      and(
        eq(organizationMembers.organizationId, workspace.organizationId),
        eq(organizationMembers.userId, userId),
        eq(organizationMembers.role, "member"),
        sql`not exists (select 1 from memberships m join workspaces w on w.id = m.workspace_id
              where m.user_id = ${userId} and w.organization_id = ${workspace.organizationId})`,
      ),
    );
}
