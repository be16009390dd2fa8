import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { organizationMembers, organizations } from "@/server/db/schema";
import { forbidden, notFound } from "@/server/errors/app-error";
import { isAgencyStaff } from "./org-roles";

/**
 * The organization, when the user is one of its owners or admins. Not a member at all:
 * NOT_FOUND (its existence is not revealed); an organization "member": FORBIDDEN.
 */
export async function requireAgencyStaff(db: Db, userId: string, organizationId: string) {
  const [row] = await db
    .select({ id: organizations.id, name: organizations.name, role: organizationMembers.role })
    .from(organizationMembers)
    .innerJoin(organizations, eq(organizations.id, organizationMembers.organizationId))
    .where(and(eq(organizationMembers.organizationId, organizationId), eq(organizationMembers.userId, userId)));
  if (!row) throw notFound("Organization");
  if (!isAgencyStaff(row.role)) throw forbidden("Only the organization's owners and admins can do this.");
  return { id: row.id, name: row.name, role: row.role };
}
