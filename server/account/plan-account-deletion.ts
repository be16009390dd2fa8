import "server-only";
import { and, count, eq, inArray, ne } from "drizzle-orm";
import { billingAccounts, memberships, organizationMembers, organizations, workspaces } from "@/server/db/schema";
import type { Tx } from "@/server/db/transaction";
import { lockMembers } from "@/server/members/lock-members";

export interface DeletionPlan {
  /** Why the account cannot be deleted yet, one plain sentence each. Empty: it can. */
  blockers: string[];
  /** Organizations with no one else in them: deleted with the account, with all their workspaces. */
  organizationIds: string[];
  /** Workspaces the user alone belongs to (outside those organizations): deleted with the account. */
  workspaceIds: string[];
  /** Workspaces the user leaves that others keep (their audit log records the departure). */
  keptWorkspaces: { id: string; organizationId: string }[];
}

const paying = new Set(["active", "trialing", "past_due", "unpaid", "incomplete"]);

/**
 * What deleting the account would do, under row locks. A workspace with other members keeps
 * going only if someone else owns it; an organization with other people needs another owner.
 * What the user alone uses (no other member, no agency staff) goes with them, unless a paid
 * subscription would be left running.
 */
export async function planAccountDeletion(tx: Tx, userId: string): Promise<DeletionPlan> {
  const plan: DeletionPlan = { blockers: [], organizationIds: [], workspaceIds: [], keptWorkspaces: [] };
  const ownOrgs = await tx
    .select({ id: organizations.id, name: organizations.name, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .for("update", { of: organizationMembers });
  for (const org of ownOrgs.filter((o) => o.role === "owner")) {
    const others = await tx
      .select({ role: organizationMembers.role })
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, org.id), ne(organizationMembers.userId, userId)));
    const [inWorkspaces] = await tx
      .select({ n: count() })
      .from(memberships)
      .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
      .where(and(eq(workspaces.organizationId, org.id), ne(memberships.userId, userId)));
    if (others.length === 0 && (inWorkspaces?.n ?? 0) === 0) {
      const [billing] = await tx.select().from(billingAccounts).where(eq(billingAccounts.organizationId, org.id)).limit(1);
      if (billing?.stripeSubscriptionId && paying.has(billing.subscriptionStatus)) {
        plan.blockers.push(`“${org.name}” has a running subscription: cancel it in Settings → Billing first.`);
      } else plan.organizationIds.push(org.id);
    } else if (others.length > 0 && !others.some((o) => o.role === "owner")) {
      plan.blockers.push(`You are the only owner of the organization “${org.name}”, which has other people in it: contact support to hand it over.`);
    }
  }
  const mine = await tx
    .select({ id: workspaces.id, name: workspaces.name, organizationId: workspaces.organizationId, role: memberships.role })
    .from(memberships)
    .innerJoin(workspaces, eq(workspaces.id, memberships.workspaceId))
    .where(eq(memberships.userId, userId));
  for (const ws of mine) {
    if (plan.organizationIds.includes(ws.organizationId)) continue;
    const locked = await lockMembers(tx, ws.id, [userId]);
    const [others] = await tx
      .select({ n: count() })
      .from(memberships)
      .where(and(eq(memberships.workspaceId, ws.id), ne(memberships.userId, userId)));
    if ((others?.n ?? 0) === 0) {
      // Agency staff (organization owners and admins) reach it too: it stays theirs.
      const staff = await tx
        .select({ n: count() })
        .from(organizationMembers)
        .where(and(eq(organizationMembers.organizationId, ws.organizationId), ne(organizationMembers.userId, userId), inArray(organizationMembers.role, ["owner", "admin"])));
      if ((staff[0]?.n ?? 0) === 0) plan.workspaceIds.push(ws.id);
      else plan.keptWorkspaces.push({ id: ws.id, organizationId: ws.organizationId });
    } else if (ws.role === "owner" && locked.ownerCount <= 1) {
      plan.blockers.push(`You are the only owner of “${ws.name}”: make another member an owner first (Members page).`);
    } else plan.keptWorkspaces.push({ id: ws.id, organizationId: ws.organizationId });
  }
  return plan;
}

/** Deletes what the plan says goes with the account (workspace and organization rows cascade). */
export async function deletePlanned(tx: Tx, plan: DeletionPlan): Promise<void> {
  if (plan.workspaceIds.length) await tx.delete(workspaces).where(inArray(workspaces.id, plan.workspaceIds));
  if (plan.organizationIds.length) await tx.delete(organizations).where(inArray(organizations.id, plan.organizationIds));
}
