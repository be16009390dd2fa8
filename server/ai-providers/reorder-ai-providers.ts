import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { aiProviders } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError, notFound } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { chainRows, lockChain, providerAuditTarget } from "./chain-rows";
import { toProviderView, type ProviderView } from "./provider-view";

/**
 * Sets the fallback order: `ids` must name every provider of the workspace exactly once. All
 * priorities are rewritten (0, 1, 2 …) in one transaction, so the chain is never half-reordered.
 */
export async function reorderAiProviders(ctx: WorkspaceServiceContext, input: { ids: string[] }): Promise<ProviderView[]> {
  return transaction(async ({ tx }) => {
    await lockChain(tx, ctx.workspace.id);
    const rows = await chainRows(tx, ctx.workspace.id);
    const byId = new Map(rows.map((row) => [row.id, row]));
    if (input.ids.some((id) => !byId.has(id))) throw notFound("AI provider");
    if (input.ids.length !== rows.length) {
      throw new AppError("CONFLICT", "The list of providers changed since you loaded it. Reload the page and try again.");
    }
    const from = rows.map((row) => row.label);
    if (input.ids.every((id, index) => rows[index]!.id === id)) return rows.map(toProviderView);
    const reordered: ProviderView[] = [];
    for (const [priority, id] of input.ids.entries()) {
      const [updated] = await tx
        .update(aiProviders)
        .set({ priority })
        .where(and(eq(aiProviders.workspaceId, ctx.workspace.id), eq(aiProviders.id, id)))
        .returning();
      reordered.push(toProviderView(updated!));
    }
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "ai_provider.reordered",
      targetType: providerAuditTarget,
      changes: { from: from.join(" → "), to: input.ids.map((id) => byId.get(id)!.label).join(" → ") },
    });
    return reordered;
  });
}
