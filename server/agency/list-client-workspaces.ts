import "server-only";
import { and, asc, eq, inArray, or } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { memberships, organizationMembers, organizations, workspaces } from "@/server/db/schema";
import type { Role } from "@/lib/workspaces/permissions";
import { effectiveRole, isAgencyStaff, type OrganizationRole } from "./org-roles";

export interface SwitcherWorkspace {
  id: string;
  slug: string;
  name: string;
  role: Role;
  /** True when the role comes from the organization (agency staff), not a membership. */
  inherited: boolean;
  onboarded: boolean;
}

export interface SwitcherGroup {
  organization: { id: string; name: string; role: OrganizationRole | null };
  workspaces: SwitcherWorkspace[];
}

/**
 * Every workspace the user reaches, grouped by organization: its memberships plus, in the
 * organizations where it is agency staff (owner/admin), every client workspace. A client user
 * gets only its own workspaces; an organization "member" only those it is a member of.
 */
export async function listClientWorkspaces(db: Db, userId: string): Promise<SwitcherGroup[]> {
  const staffOrgs = db
    .select({ id: organizationMembers.organizationId })
    .from(organizationMembers)
    .where(and(eq(organizationMembers.userId, userId), inArray(organizationMembers.role, ["owner", "admin"])));
  const rows = await db
    .select({
      id: workspaces.id,
      slug: workspaces.slug,
      name: workspaces.name,
      onboardedAt: workspaces.onboardedAt,
      organizationId: organizations.id,
      organizationName: organizations.name,
      memberRole: memberships.role,
      orgRole: organizationMembers.role,
    })
    .from(workspaces)
    .innerJoin(organizations, eq(organizations.id, workspaces.organizationId))
    .leftJoin(memberships, and(eq(memberships.workspaceId, workspaces.id), eq(memberships.userId, userId)))
    .leftJoin(
      organizationMembers,
      and(eq(organizationMembers.organizationId, workspaces.organizationId), eq(organizationMembers.userId, userId)),
    )
    .where(or(eq(memberships.userId, userId), inArray(workspaces.organizationId, staffOrgs)))
    .orderBy(asc(organizations.name), asc(organizations.id), asc(workspaces.name), asc(workspaces.slug));

  const groups = new Map<string, SwitcherGroup>();
  for (const row of rows) {
    const role = effectiveRole(row.memberRole, row.orgRole);
    if (!role) continue;
    let group = groups.get(row.organizationId);
    if (!group) {
      group = { organization: { id: row.organizationId, name: row.organizationName, role: row.orgRole }, workspaces: [] };
      groups.set(row.organizationId, group);
    }
    group.workspaces.push({
      id: row.id,
      slug: row.slug,
      name: row.name,
      role,
      inherited: role !== row.memberRole,
      onboarded: row.onboardedAt !== null,
    });
  }
  return [...groups.values()];
}

/** The organizations where the user is agency staff (owner or admin), by name. */
export async function listAgencies(db: Db, userId: string) {
  const rows = await db
    .select({ id: organizations.id, name: organizations.name, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(eq(organizationMembers.userId, userId))
    .orderBy(asc(organizations.name), asc(organizations.id));
  return rows.filter((r) => isAgencyStaff(r.role));
}
