import "server-only";

/**
 * Turns a provider config and a model id into an AI SDK language model. OpenAI goes through the
 * chat-completions API (the one every OpenAI-compatible server also speaks); the SDK's own
 * retries are turned off by the router, which retries itself.
 */
import { createAnthropic } from "@ai-sdk/anthropic";
import { createGoogle } from "@ai-sdk/google";
import { createOpenAI } from "@ai-sdk/openai";
import { createOpenAICompatible } from "@ai-sdk/openai-compatible";
import type { LanguageModel } from "ai";
import { createOfflineModel, type OfflineTask } from "../offline/offline-model";
import type { ProviderConfig } from "./provider-config";

export type LanguageModelV4 = Extract<LanguageModel, { specificationVersion: "v4" }>;

export type CreateModelOptions = {
  /** Replaces global fetch (tests, proxies). */
  fetch?: typeof globalThis.fetch;
  /** What the offline writer should compose; ignored by real providers. */
  offlineTask?: OfflineTask;
};

export function createLanguageModel(config: ProviderConfig, modelId: string, options: CreateModelOptions = {}): LanguageModelV4 {
  const { fetch } = options;
  switch (config.type) {
    case "openai":
      return createOpenAI({ apiKey: config.apiKey, baseURL: config.baseURL, fetch }).chat(modelId);
    case "anthropic":
      return createAnthropic({ apiKey: config.apiKey, baseURL: config.baseURL, fetch }).languageModel(modelId);
    case "google":
      return createGoogle({ apiKey: config.apiKey, baseURL: config.baseURL, fetch }).languageModel(modelId);
    case "openai-compatible":
      return createOpenAICompatible({
        name: config.name,
        baseURL: config.baseURL,
        apiKey: config.apiKey,
        fetch,
        includeUsage: true,
        supportsStructuredOutputs: config.supportsStructuredOutputs ?? false,
      }).chatModel(modelId);
    case "offline":
      return createOfflineModel(modelId, options.offlineTask);
  }
}
