import "server-only";
import { and, eq } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { aiProviders } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { apiKeyContext } from "@/server/generation/provider-link";
import { secretBox } from "@/server/security/secret-box";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { findProvider, providerAuditTarget } from "./chain-rows";
import { kindInfo } from "@/lib/ai-providers/kinds";
import { toProviderView, type ProviderRow, type ProviderView } from "./provider-view";
import type { UpdateProviderInput } from "./schemas";

type KeyChange = { sealed: string | null } | undefined;

/** What the new key means: undefined keeps the stored one; "" clears it; the same key again is no change. */
function keyChange(row: ProviderRow, apiKey: string | undefined): KeyChange {
  if (apiKey === undefined) return undefined;
  if (apiKey === "") return row.apiKeySealed ? { sealed: null } : undefined;
  if (row.apiKeySealed) {
    try {
      if (secretBox().open(row.apiKeySealed, apiKeyContext(row.id)) === apiKey) return undefined;
    } catch {
      // the old key cannot be read: the new one replaces it
    }
  }
  return { sealed: secretBox().seal(apiKey, apiKeyContext(row.id)) };
}

/** The merged row must still be usable: keys for the hosted providers, a base URL for the compatible one. */
function assertComplete(next: Pick<ProviderRow, "kind" | "baseUrl" | "apiKeySealed">, clearedKey: boolean) {
  const info = kindInfo[next.kind];
  if (info.requiresKey && !next.apiKeySealed) {
    const message = clearedKey ? `${info.label} needs an API key: enter a new key instead of clearing it.` : `Enter the provider's API key.`;
    throw new AppError("VALIDATION", message, { field: "apiKey" });
  }
  if (info.requiresBaseUrl && !next.baseUrl) {
    throw new AppError("VALIDATION", "An OpenAI-compatible provider needs its base URL, e.g. http://localhost:11434/v1.", { field: "baseUrl" });
  }
}

/** Changes a provider's settings. An omitted field keeps its value; the key is never echoed or logged. */
export async function updateAiProvider(ctx: WorkspaceServiceContext, input: UpdateProviderInput): Promise<ProviderView> {
  return transaction(async ({ tx }) => {
    const row = await findProvider(tx, ctx.workspace.id, input.id, { lock: true });
    const key = keyChange(row, input.apiKey);
    const next = {
      kind: input.kind ?? row.kind,
      label: input.label ?? row.label,
      baseUrl: input.baseUrl === undefined ? row.baseUrl : input.baseUrl,
      model: input.model ?? row.model,
      apiKeySealed: key ? key.sealed : row.apiKeySealed,
    };
    assertComplete(next, input.apiKey === "");
    const changes: Record<string, unknown> = {};
    for (const field of ["kind", "label", "baseUrl", "model"] as const) {
      if (next[field] !== row[field]) changes[field] = { from: row[field], to: next[field] };
    }
    if (key) changes.keyChanged = true;
    if (key && key.sealed === null) changes.keyCleared = true;
    if (Object.keys(changes).length === 0) return toProviderView(row);
    const [updated] = await tx
      .update(aiProviders)
      .set(next)
      .where(and(eq(aiProviders.workspaceId, ctx.workspace.id), eq(aiProviders.id, row.id)))
      .returning();
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "ai_provider.updated",
      targetType: providerAuditTarget,
      targetId: row.id,
      changes: { label: next.label, ...changes },
    });
    return toProviderView(updated!);
  });
}
