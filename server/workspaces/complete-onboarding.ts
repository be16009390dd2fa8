import "server-only";
import { eq } from "drizzle-orm";
import { renameBlogChannel } from "@/server/publish/channels/rename-blog-channel";
import type { z } from "zod";
import { writeAudit } from "@/server/audit/write-audit";
import { workspaces } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError, notFound } from "@/server/errors/app-error";
import { welcomeWorkflowId, welcomeWorkspace } from "@/workflows/definitions/welcome-workspace";
import type { completeOnboardingInput } from "./schemas";
import type { WorkspaceServiceContext } from "./service-context";
import { uniqueWorkspaceSlug } from "./slug";

/**
 * Names the new workspace after the brand (and gives it a matching slug), records the website,
 * marks it onboarded and enqueues the welcome workflow — all in one transaction.
 */
export async function completeOnboarding(
  ctx: WorkspaceServiceContext,
  input: z.output<typeof completeOnboardingInput>,
): Promise<{ slug: string }> {
  return transaction(async ({ tx, client }) => {
    const [current] = await tx
      .select({ onboardedAt: workspaces.onboardedAt })
      .from(workspaces)
      .where(eq(workspaces.id, ctx.workspace.id))
      .for("update");
    if (!current) throw notFound("Workspace");
    if (current.onboardedAt) {
      throw new AppError("CONFLICT", "This workspace is already set up. You can rename it in Settings.");
    }
    const slug = await uniqueWorkspaceSlug(tx, input.brandName, ctx.workspace.id);
    const website = input.website ?? null;
    await tx
      .update(workspaces)
      .set({ name: input.brandName, slug, website, onboardedAt: new Date() })
      .where(eq(workspaces.id, ctx.workspace.id));
    await renameBlogChannel(tx, ctx.workspace.id, input.brandName);
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "workspace.onboarded",
      targetType: "workspace",
      targetId: ctx.workspace.id,
      changes: { name: input.brandName, slug, website },
    });
    await welcomeWorkspace.enqueueInTransaction(client, { workspaceId: ctx.workspace.id }, { workflowID: welcomeWorkflowId(ctx.workspace.id) });
    return { slug };
  });
}
