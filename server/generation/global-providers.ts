import "server-only";

/**
 * The globally configured providers (environment), tried after a workspace's own providers, in a
 * fixed order: OpenAI, Anthropic, Google, then any OpenAI-compatible endpoint. Keys stay in memory.
 */
import { env } from "@/env";
import type { ChainLink } from "@/server/ai/router/types";

export type GlobalProviderEnv = Pick<
  typeof env,
  | "OPENAI_API_KEY"
  | "OPENAI_MODEL"
  | "ANTHROPIC_API_KEY"
  | "ANTHROPIC_MODEL"
  | "GOOGLE_GENERATIVE_AI_API_KEY"
  | "GOOGLE_MODEL"
  | "OPENAI_COMPATIBLE_BASE_URL"
  | "OPENAI_COMPATIBLE_API_KEY"
  | "OPENAI_COMPATIBLE_MODEL"
>;

export function globalProviderLinks(vars: GlobalProviderEnv = env): ChainLink[] {
  const links: ChainLink[] = [];
  if (vars.OPENAI_API_KEY) links.push({ provider: { type: "openai", apiKey: vars.OPENAI_API_KEY }, modelId: vars.OPENAI_MODEL });
  if (vars.ANTHROPIC_API_KEY) links.push({ provider: { type: "anthropic", apiKey: vars.ANTHROPIC_API_KEY }, modelId: vars.ANTHROPIC_MODEL });
  if (vars.GOOGLE_GENERATIVE_AI_API_KEY) {
    links.push({ provider: { type: "google", apiKey: vars.GOOGLE_GENERATIVE_AI_API_KEY }, modelId: vars.GOOGLE_MODEL });
  }
  if (vars.OPENAI_COMPATIBLE_BASE_URL && vars.OPENAI_COMPATIBLE_MODEL) {
    links.push({
      provider: {
        type: "openai-compatible",
        name: "global-compatible",
        baseURL: vars.OPENAI_COMPATIBLE_BASE_URL,
        apiKey: vars.OPENAI_COMPATIBLE_API_KEY || undefined,
      },
      modelId: vars.OPENAI_COMPATIBLE_MODEL,
    });
  }
  return links;
}
