import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { aiProviders } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { findProvider, lockChain, providerAuditTarget } from "./chain-rows";

/** Deletes a provider (and with it its sealed key); the rest of the chain keeps its order. */
export async function removeAiProvider(ctx: WorkspaceServiceContext, input: { id: string }): Promise<void> {
  await transaction(async ({ tx }) => {
    await lockChain(tx, ctx.workspace.id);
    const row = await findProvider(tx, ctx.workspace.id, input.id, { lock: true });
    await tx.delete(aiProviders).where(and(eq(aiProviders.workspaceId, ctx.workspace.id), eq(aiProviders.id, row.id)));
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "ai_provider.removed",
      targetType: providerAuditTarget,
      targetId: row.id,
      changes: { kind: row.kind, label: row.label, model: row.model },
    });
  });
}
