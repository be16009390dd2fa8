import "server-only";

/**
 * One ai_providers row as a link of the fallback chain, its API key unsealed in memory only.
 * A row that cannot be used (no key where one is required, a key that does not decrypt, an
 * invalid URL or name) is skipped with a reason — never with the key in it.
 */
import { providerConfigSchema, type ProviderConfig } from "@/server/ai/providers/provider-config";
import type { ChainLink } from "@/server/ai/router/types";
import type { aiProviders } from "@/server/db/schema";
import { memberUrlFetch } from "@/server/security/member-url-fetch";
import { secretBox } from "@/server/security/secret-box";

export type ProviderRow = Pick<typeof aiProviders.$inferSelect, "id" | "kind" | "label" | "baseUrl" | "apiKeySealed" | "model">;

export const apiKeyContext = (providerId: string) => `ai_provider:${providerId}:api_key`;

/** A name the OpenAI-compatible provider accepts ("My vLLM box" → "my-vllm-box"). */
export function endpointName(label: string): string {
  const name = label
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 40)
    .replace(/-+$/g, "");
  return name || "custom";
}

function unseal(row: ProviderRow): string | undefined {
  return row.apiKeySealed ? secretBox().open(row.apiKeySealed, apiKeyContext(row.id)) : undefined;
}

export type LinkResult = { ok: true; link: ChainLink } | { ok: false; reason: string };

export function linkFromRow(row: ProviderRow): LinkResult {
  let apiKey: string | undefined;
  try {
    apiKey = unseal(row);
  } catch {
    return { ok: false, reason: "its API key could not be decrypted (was ENCRYPTION_KEY changed?)" };
  }
  const baseURL = row.baseUrl ?? undefined;
  const candidate: unknown =
    row.kind === "openai-compatible"
      ? { type: row.kind, name: endpointName(row.label), baseURL, apiKey }
      : { type: row.kind, apiKey, baseURL };
  const parsed = providerConfigSchema.safeParse(candidate);
  if (!parsed.success) {
    const fields = parsed.error.issues.map((i) => `${i.path.join(".") || "config"}: ${i.message}`).join("; ");
    return { ok: false, reason: `its settings are incomplete (${fields})` };
  }
  const provider: ProviderConfig = parsed.data;
  // The base URL is a member's: calls go through the pinned outbound client (SSRF guard).
  return { ok: true, link: { provider, modelId: row.model, fetch: memberUrlFetch() } };
}
