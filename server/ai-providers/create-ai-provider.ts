import "server-only";
import { eq, max, sql } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { aiProviders } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { apiKeyContext } from "@/server/generation/provider-link";
import { secretBox } from "@/server/security/secret-box";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { lockChain, providerAuditTarget } from "./chain-rows";
import { maxProvidersPerWorkspace } from "@/lib/ai-providers/kinds";
import { toProviderView, type ProviderView } from "./provider-view";
import type { CreateProviderInput } from "./schemas";

/**
 * Adds a provider at the end of the workspace's fallback chain. The id is generated here so the
 * key can be sealed (bound to "ai_provider:<id>:api_key") before the row is written.
 */
export async function createAiProvider(ctx: WorkspaceServiceContext, input: CreateProviderInput): Promise<ProviderView> {
  const id = crypto.randomUUID();
  const apiKeySealed = input.apiKey ? secretBox().seal(input.apiKey, apiKeyContext(id)) : null;
  return transaction(async ({ tx }) => {
    await lockChain(tx, ctx.workspace.id);
    const [stats] = await tx
      .select({ count: sql<number>`count(*)::int`, last: max(aiProviders.priority) })
      .from(aiProviders)
      .where(eq(aiProviders.workspaceId, ctx.workspace.id));
    if ((stats?.count ?? 0) >= maxProvidersPerWorkspace) {
      throw new AppError("LIMIT_EXCEEDED", `A workspace can have up to ${maxProvidersPerWorkspace} AI providers. Remove one first.`);
    }
    const [row] = await tx
      .insert(aiProviders)
      .values({
        id,
        workspaceId: ctx.workspace.id,
        kind: input.kind,
        label: input.label,
        baseUrl: input.baseUrl ?? null,
        apiKeySealed,
        model: input.model,
        priority: stats?.last === null || stats?.last === undefined ? 0 : stats.last + 1,
      })
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "ai_provider.created",
      targetType: providerAuditTarget,
      targetId: id,
      changes: { kind: input.kind, label: input.label, model: input.model, baseUrl: input.baseUrl ?? null, ...(apiKeySealed ? { keyChanged: true } : {}) },
    });
    return toProviderView(row!);
  });
}
