import "server-only";

/**
 * What the API says about a stored provider: everything but the key. Of the key it tells only
 * whether there is one and its last four characters (opened in memory, never returned whole);
 * a short key shows no characters at all.
 */
import type { aiProviders } from "@/server/db/schema";
import { apiKeyContext } from "@/server/generation/provider-link";
import { secretBox } from "@/server/security/secret-box";
import type { ProviderKind } from "@/lib/ai-providers/kinds";

export type ProviderRow = typeof aiProviders.$inferSelect;

export type ProviderView = {
  id: string;
  kind: ProviderKind;
  label: string;
  baseUrl: string | null;
  model: string;
  priority: number;
  enabled: boolean;
  hasKey: boolean;
  /** "••••abcd", "••••" for a short key, null without a key. */
  keyHint: string | null;
  /** Set when the stored key cannot be decrypted (ENCRYPTION_KEY changed): re-enter it. */
  keyProblem: string | null;
  createdAt: Date;
  updatedAt: Date;
};

const mask = "••••";
/** Below this length, even four characters say too much about a key. */
const minLengthForHint = 12;

export function keyHintOf(apiKey: string): string {
  return apiKey.length >= minLengthForHint ? `${mask}${apiKey.slice(-4)}` : mask;
}

function describeKey(row: ProviderRow): Pick<ProviderView, "hasKey" | "keyHint" | "keyProblem"> {
  if (!row.apiKeySealed) return { hasKey: false, keyHint: null, keyProblem: null };
  try {
    return { hasKey: true, keyHint: keyHintOf(secretBox().open(row.apiKeySealed, apiKeyContext(row.id))), keyProblem: null };
  } catch {
    return { hasKey: true, keyHint: mask, keyProblem: "The stored key cannot be decrypted (was ENCRYPTION_KEY changed?). Enter it again." };
  }
}

export function toProviderView(row: ProviderRow): ProviderView {
  return {
    id: row.id,
    kind: row.kind,
    label: row.label,
    baseUrl: row.baseUrl,
    model: row.model,
    priority: row.priority,
    enabled: row.enabled,
    ...describeKey(row),
    createdAt: row.createdAt,
    updatedAt: row.updatedAt,
  };
}
