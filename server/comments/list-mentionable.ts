import "server-only";
import { asc, eq } from "drizzle-orm";
import { memberships, users } from "@/server/db/schema";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";

/** Members who can be @mentioned in this workspace. */
export async function listMentionable(ctx: Pick<WorkspaceServiceContext, "db" | "workspace">) {
  return ctx.db
    .select({ id: users.id, name: users.name, email: users.email })
    .from(memberships)
    .innerJoin(users, eq(users.id, memberships.userId))
    .where(eq(memberships.workspaceId, ctx.workspace.id))
    .orderBy(asc(users.name), asc(users.email));
}
