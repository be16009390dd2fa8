import "server-only";

/**
 * Where a model call goes. Keys arrive here already decrypted (the caller stores them sealed with
 * server/security/secret-box.ts); nothing in server/ai logs them — use `describeProvider` for logs.
 */
import { z } from "zod";

const apiKey = z.string().trim().min(1, "The API key is empty");
const httpUrl = z.url({ protocol: /^https?$/, message: "Use an http(s) URL" });

export const providerConfigSchema = z.discriminatedUnion("type", [
  z.object({ type: z.literal("openai"), apiKey, baseURL: httpUrl.optional() }),
  z.object({ type: z.literal("anthropic"), apiKey, baseURL: httpUrl.optional() }),
  z.object({ type: z.literal("google"), apiKey, baseURL: httpUrl.optional() }),
  z.object({
    type: z.literal("openai-compatible"),
    /** A short name for the endpoint, e.g. "ollama", "vllm", "openrouter". */
    name: z.string().trim().regex(/^[a-z0-9][a-z0-9-]{0,39}$/, "Use lowercase letters, digits and dashes"),
    baseURL: httpUrl,
    apiKey: apiKey.optional(),
    /** Whether the endpoint honours JSON-schema response formats (vLLM, OpenRouter for most models). */
    supportsStructuredOutputs: z.boolean().optional(),
  }),
  /** The built-in offline writer: no network, no key, deterministic. */
  z.object({ type: z.literal("offline") }),
]);

export type ProviderConfig = z.infer<typeof providerConfigSchema>;
export type ProviderType = ProviderConfig["type"];

export const offlineProviderLabel = "offline";
export const offlineModelId = "loomcast-offline-writer-1";

/** The name shown in the UI and recorded with each call: the provider type, or the endpoint's name. */
export function providerLabel(config: ProviderConfig): string {
  return config.type === "openai-compatible" ? config.name : config.type;
}

/**
 * The identity used for health tracking (the circuit breaker): one per endpoint, so two
 * OpenAI-compatible servers, or OpenAI through a proxy, have separate circuits, while every
 * workspace calling api.openai.com shares one.
 */
export function providerKey(config: ProviderConfig): string {
  switch (config.type) {
    case "offline":
      return "offline";
    case "openai-compatible":
      return `openai-compatible:${config.name}@${config.baseURL}`;
    default:
      return `${config.type}@${config.baseURL ?? "default"}`;
  }
}

/** A loggable view of a config: everything except the key. */
export function describeProvider(config: ProviderConfig): Record<string, string | boolean> {
  const { type } = config;
  if (type === "offline") return { type };
  const out: Record<string, string | boolean> = { type, hasApiKey: Boolean(config.apiKey) };
  if (config.baseURL) out.baseURL = config.baseURL;
  if (type === "openai-compatible") out.name = config.name;
  return out;
}
