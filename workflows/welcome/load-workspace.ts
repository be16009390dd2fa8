import "server-only";
import { and, eq } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { memberships, users, workspaces } from "@/server/db/schema";

export interface WelcomeTarget {
  workspace: { id: string; name: string; slug: string; welcomedAt: string | null };
  owners: Array<{ name: string | null; email: string }>;
}

/** The workspace and its owners, both looked up by the workspace's id. Null when the workspace is gone. */
export async function loadWelcomeTarget(db: Db, workspaceId: string): Promise<WelcomeTarget | null> {
  const [workspace] = await db
    .select({ id: workspaces.id, name: workspaces.name, slug: workspaces.slug, welcomedAt: workspaces.welcomedAt })
    .from(workspaces)
    .where(eq(workspaces.id, workspaceId));
  if (!workspace) return null;
  const owners = await db
    .select({ name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(and(eq(memberships.workspaceId, workspaceId), eq(memberships.role, "owner")))
    .orderBy(users.email);
  return { workspace: { ...workspace, welcomedAt: workspace.welcomedAt?.toISOString() ?? null }, owners };
}
