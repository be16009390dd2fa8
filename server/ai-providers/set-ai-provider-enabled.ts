import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { aiProviders } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { findProvider, providerAuditTarget } from "./chain-rows";
import { toProviderView, type ProviderView } from "./provider-view";

/** Turns a provider on or off; a disabled provider stays in the list but is skipped by generation. */
export async function setAiProviderEnabled(ctx: WorkspaceServiceContext, input: { id: string; enabled: boolean }): Promise<ProviderView> {
  return transaction(async ({ tx }) => {
    const row = await findProvider(tx, ctx.workspace.id, input.id, { lock: true });
    if (row.enabled === input.enabled) return toProviderView(row);
    const [updated] = await tx
      .update(aiProviders)
      .set({ enabled: input.enabled })
      .where(and(eq(aiProviders.workspaceId, ctx.workspace.id), eq(aiProviders.id, row.id)))
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: input.enabled ? "ai_provider.enabled" : "ai_provider.disabled",
      targetType: providerAuditTarget,
      targetId: row.id,
      changes: { label: row.label },
    });
    return toProviderView(updated!);
  });
}
