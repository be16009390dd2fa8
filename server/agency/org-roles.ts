import "server-only";

/**
 * Organization roles across an agency's client workspaces. Agency staff (the organization's
 * owners and admins) reach every workspace of the organization with an inherited role; an
 * organization "member" inherits nothing and, like a client user, sees only the workspaces it
 * is a member of.
 */
import { roles, type Role } from "@/lib/workspaces/permissions";

export type OrganizationRole = "owner" | "admin" | "member";

const inherited: Record<OrganizationRole, Role | null> = { owner: "owner", admin: "admin", member: null };

/** The workspace role an organization role grants in each of the organization's workspaces. */
export function inheritedRole(orgRole: OrganizationRole | null | undefined): Role | null {
  return orgRole ? inherited[orgRole] : null;
}

/** The stronger of two workspace roles (roles are listed strongest first). */
export function strongerRole(a: Role | null, b: Role | null): Role | null {
  if (!a) return b;
  if (!b) return a;
  return roles.indexOf(a) <= roles.indexOf(b) ? a : b;
}

/** The caller's role in a workspace: its membership or what its organization role grants, whichever is stronger. */
export function effectiveRole(memberRole: Role | null | undefined, orgRole: OrganizationRole | null | undefined): Role | null {
  return strongerRole(memberRole ?? null, inheritedRole(orgRole));
}

export function isAgencyStaff(orgRole: OrganizationRole | null | undefined): orgRole is "owner" | "admin" {
  return orgRole === "owner" || orgRole === "admin";
}
