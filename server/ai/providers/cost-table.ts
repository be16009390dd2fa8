import "server-only";

/**
 * List prices in USD per 1M tokens (input, output), standard tier, no batch or cache discounts;
 * Google's Pro prices are the ≤200k-token-prompt tier. Checked against the providers' pricing
 * pages in 2025; update here when they change. A model we do not know costs 0 and is reported as
 * unpriced, so the UI can say "cost unknown" rather than "free".
 */
import type { LanguageModelUsage } from "ai";
import { offlineModelId } from "./provider-config";

export type ModelPrice = { inputPerMillion: number; outputPerMillion: number };

export const modelPrices: Readonly<Record<string, ModelPrice>> = {
  // OpenAI
  "gpt-5": { inputPerMillion: 1.25, outputPerMillion: 10 },
  "gpt-5-mini": { inputPerMillion: 0.25, outputPerMillion: 2 },
  "gpt-5-nano": { inputPerMillion: 0.05, outputPerMillion: 0.4 },
  "gpt-4.1": { inputPerMillion: 2, outputPerMillion: 8 },
  "gpt-4.1-mini": { inputPerMillion: 0.4, outputPerMillion: 1.6 },
  "gpt-4.1-nano": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  "gpt-4o": { inputPerMillion: 2.5, outputPerMillion: 10 },
  "gpt-4o-mini": { inputPerMillion: 0.15, outputPerMillion: 0.6 },
  "gpt-4-turbo": { inputPerMillion: 10, outputPerMillion: 30 },
  "gpt-3.5-turbo": { inputPerMillion: 0.5, outputPerMillion: 1.5 },
  o3: { inputPerMillion: 2, outputPerMillion: 8 },
  "o3-mini": { inputPerMillion: 1.1, outputPerMillion: 4.4 },
  "o4-mini": { inputPerMillion: 1.1, outputPerMillion: 4.4 },
  // Anthropic
  "claude-opus-4-5": { inputPerMillion: 5, outputPerMillion: 25 },
  "claude-opus-4-1": { inputPerMillion: 15, outputPerMillion: 75 },
  "claude-opus-4": { inputPerMillion: 15, outputPerMillion: 75 },
  "claude-sonnet-4-5": { inputPerMillion: 3, outputPerMillion: 15 },
  "claude-sonnet-4": { inputPerMillion: 3, outputPerMillion: 15 },
  "claude-haiku-4-5": { inputPerMillion: 1, outputPerMillion: 5 },
  "claude-3-7-sonnet": { inputPerMillion: 3, outputPerMillion: 15 },
  "claude-3-5-sonnet": { inputPerMillion: 3, outputPerMillion: 15 },
  "claude-3-5-haiku": { inputPerMillion: 0.8, outputPerMillion: 4 },
  "claude-3-opus": { inputPerMillion: 15, outputPerMillion: 75 },
  "claude-3-haiku": { inputPerMillion: 0.25, outputPerMillion: 1.25 },
  // Google
  "gemini-2.5-pro": { inputPerMillion: 1.25, outputPerMillion: 10 },
  "gemini-2.5-flash": { inputPerMillion: 0.3, outputPerMillion: 2.5 },
  "gemini-2.5-flash-lite": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  "gemini-2.0-flash": { inputPerMillion: 0.1, outputPerMillion: 0.4 },
  "gemini-2.0-flash-lite": { inputPerMillion: 0.075, outputPerMillion: 0.3 },
  "gemini-1.5-pro": { inputPerMillion: 1.25, outputPerMillion: 5 },
  "gemini-1.5-flash": { inputPerMillion: 0.075, outputPerMillion: 0.3 },
  // Built in
  [offlineModelId]: { inputPerMillion: 0, outputPerMillion: 0 },
};

const knownIds = Object.keys(modelPrices).sort((a, b) => b.length - a.length);

/**
 * The price for a model id as providers spell it: exact ids, dated snapshots
 * ("gpt-4o-mini-2024-07-18", "claude-3-5-haiku-20241022", "gemini-2.5-flash-preview-05-20"),
 * "-latest" aliases, and router prefixes ("openai/gpt-4o", "models/gemini-2.5-pro").
 * The longest known id that the model id starts with wins, so "gpt-4o-mini" never prices as "gpt-4o".
 */
export function priceOf(modelId: string): ModelPrice | undefined {
  const id = modelId.trim().toLowerCase().split("/").at(-1) ?? "";
  const exact = modelPrices[id];
  if (exact) return exact;
  const match = knownIds.find((known) => id.startsWith(`${known}-`) || id.startsWith(`${known}@`) || id.startsWith(`${known}:`));
  return match ? modelPrices[match] : undefined;
}

export type TokenUsage = Pick<LanguageModelUsage, "inputTokens" | "outputTokens">;
export type Cost = { usd: number; priced: boolean };

export function costOf(modelId: string, usage: TokenUsage): Cost {
  const price = priceOf(modelId);
  if (!price) return { usd: 0, priced: false };
  const usd = ((usage.inputTokens ?? 0) * price.inputPerMillion + (usage.outputTokens ?? 0) * price.outputPerMillion) / 1_000_000;
  return { usd: Math.round(usd * 1e8) / 1e8, priced: true };
}
