import "server-only";
import { and, eq } from "drizzle-orm";
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { memberships, organizationMembers, workspaces } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { forbidden, notFound } from "@/server/errors/app-error";
import { ensureBlogChannel } from "@/server/publish/channels/ensure-blog-channel";
import { welcomeWorkflowId, welcomeWorkspace } from "@/workflows/definitions/welcome-workspace";
import type { createWorkspaceInput } from "./schemas";
import type { UserServiceContext } from "./service-context";
import { uniqueWorkspaceSlug } from "./slug";

/**
 * Adds a workspace to an organization the caller owns or administers (an agency adding a client).
 * It is onboarded at once, the caller is its owner, and the welcome workflow is enqueued.
 */
export async function createWorkspace(
  ctx: UserServiceContext,
  input: z.output<typeof createWorkspaceInput>,
): Promise<{ slug: string }> {
  return transaction(async ({ tx, client }) => {
    const [member] = await tx
      .select({ role: organizationMembers.role })
      .from(organizationMembers)
      .where(and(eq(organizationMembers.organizationId, input.organizationId), eq(organizationMembers.userId, ctx.user.id)));
    if (!member) throw notFound("Organization");
    if (member.role === "member") throw forbidden("Only the organization's owners and admins can add workspaces.");
    const slug = await uniqueWorkspaceSlug(tx, input.name);
    const [workspace] = await tx
      .insert(workspaces)
      .values({
        organizationId: input.organizationId,
        name: input.name,
        slug,
        website: input.website ?? null,
        onboardedAt: new Date(),
      })
      .returning({ id: workspaces.id });
    if (!workspace) throw new Error("workspace insert returned nothing");
    await tx.insert(memberships).values({ workspaceId: workspace.id, userId: ctx.user.id, role: "owner" });
    await ensureBlogChannel(tx, workspace.id, input.name);
    await writeAudit(tx, ctx.actor, {
      organizationId: input.organizationId,
      workspaceId: workspace.id,
      action: "workspace.created",
      targetType: "workspace",
      targetId: workspace.id,
      changes: { name: input.name, slug, website: input.website ?? null },
    });
    await welcomeWorkspace.enqueueInTransaction(client, { workspaceId: workspace.id }, { workflowID: welcomeWorkflowId(workspace.id) });
    return { slug };
  });
}
