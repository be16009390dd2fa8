/** Agency fixtures: an organization with client workspaces, its staff by organization role, and client users. */
import { eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { organizationMembers, workspaces } from "@/server/db/schema";
import type { OrganizationRole } from "@/server/agency/org-roles";
import type { SessionUser } from "@/server/trpc/context";
import { callerFor, createOwner, createUser, unique } from "../factories/users";
import { addMember } from "../factories/workspaces";

export async function addOrgMember(organizationId: string, role: OrganizationRole, user?: SessionUser): Promise<SessionUser> {
  const member = user ?? (await createUser({ name: unique(`Org ${role}`) }));
  await db.insert(organizationMembers).values({ organizationId, userId: member.id, role });
  return member;
}

async function workspaceBySlug(slug: string) {
  const [row] = await db.select().from(workspaces).where(eq(workspaces.slug, slug));
  if (!row) throw new Error(`no workspace ${slug}`);
  return row;
}

/**
 * An agency: its owner (who also owns the first workspace), two client workspaces created through
 * `workspace.create`, an organization admin and an organization member (neither in any workspace),
 * and one client user (workspace admin) per client.
 */
export async function createAgency() {
  const owner = await createOwner();
  const org = owner.organization;
  const caller = callerFor(owner.user);
  const clientA = await workspaceBySlug((await caller.workspace.create({ organizationId: org.id, name: unique("Client A") })).slug);
  const clientB = await workspaceBySlug((await caller.workspace.create({ organizationId: org.id, name: unique("Client B") })).slug);
  const [orgAdmin, orgMember, clientUserA, clientUserB] = await Promise.all([
    addOrgMember(org.id, "admin"),
    addOrgMember(org.id, "member"),
    addMember(clientA.id, "admin"),
    addMember(clientB.id, "admin"),
  ]);
  return { owner: owner.user, organization: org, home: owner.workspace, clientA, clientB, orgAdmin, orgMember, clientUserA, clientUserB };
}
export type Agency = Awaited<ReturnType<typeof createAgency>>;
