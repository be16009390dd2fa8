import "server-only";
import { eq } from "drizzle-orm";
import { renameBlogChannel } from "@/server/publish/channels/rename-blog-channel";
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { workspaces } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { notFound } from "@/server/errors/app-error";
import type { updateWorkspaceInput } from "./schemas";
import type { WorkspaceServiceContext } from "./service-context";

/**
 * Renames the workspace and sets or clears its website (`website` omitted: unchanged).
 * The slug stays as it is, so links and bookmarks keep working.
 */
export async function updateWorkspace(
  ctx: WorkspaceServiceContext,
  input: z.output<typeof updateWorkspaceInput>,
): Promise<{ slug: string }> {
  return transaction(async ({ tx }) => {
    const [before] = await tx
      .select({ name: workspaces.name, website: workspaces.website, slug: workspaces.slug })
      .from(workspaces)
      .where(eq(workspaces.id, ctx.workspace.id))
      .for("update");
    if (!before) throw notFound("Workspace");
    const after = { name: input.name, website: input.website === undefined ? before.website : input.website };
    const changes: Record<string, { from: string | null; to: string | null }> = {};
    if (after.name !== before.name) changes.name = { from: before.name, to: after.name };
    if (after.website !== before.website) changes.website = { from: before.website, to: after.website };
    if (Object.keys(changes).length === 0) return { slug: before.slug };
    await tx.update(workspaces).set(after).where(eq(workspaces.id, ctx.workspace.id));
    if (changes.name) await renameBlogChannel(tx, ctx.workspace.id, after.name);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "workspace.updated",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      changes,
    });
    return { slug: before.slug };
  });
}
