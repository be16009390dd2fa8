import "server-only";
import { listClientWorkspaces } from "@/server/agency/list-client-workspaces";
import type { Db } from "@/server/db/client";
import type { SessionUser } from "@/server/trpc/context";

/**
 * The workspaces the user reaches, with their role in each, sorted by name: its memberships and,
 * for agency staff (organization owners/admins), every client workspace of their organizations.
 */
export async function listWorkspaces(ctx: { db: Db; user: SessionUser }) {
  const groups = await listClientWorkspaces(ctx.db, ctx.user.id);
  return groups
    .flatMap((group) =>
      group.workspaces.map((w) => ({
        id: w.id,
        slug: w.slug,
        name: w.name,
        role: w.role,
        organizationId: group.organization.id,
        organizationName: group.organization.name,
        onboarded: w.onboarded,
      })),
    )
    .sort((a, b) => a.name.localeCompare(b.name) || a.slug.localeCompare(b.slug));
}
