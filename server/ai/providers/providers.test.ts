import { describe, expect, it } from "vitest";
import { costOf, priceOf } from "./cost-table";
import { createLanguageModel } from "./create-language-model";
import { describeProvider, providerConfigSchema, providerKey, providerLabel, type ProviderConfig } from "./provider-config";

describe("provider configs", () => {
  it("accepts the four provider kinds and the offline writer", () => {
    const configs: unknown[] = [
      { type: "openai", apiKey: "sk-1" },
      { type: "anthropic", apiKey: "sk-ant", baseURL: "https://proxy.example.com/v1" },
      { type: "google", apiKey: "g-1" },
      { type: "openai-compatible", name: "ollama", baseURL: "http://localhost:11434/v1" },
      { type: "offline" },
    ];
    for (const c of configs) expect(providerConfigSchema.safeParse(c).success).toBe(true);
  });

  it("rejects missing keys, bad URLs and bad names with clear messages", () => {
    const issues = (c: unknown) => providerConfigSchema.safeParse(c).error?.issues.map((i) => i.message) ?? [];
    expect(issues({ type: "openai", apiKey: " " })).toContain("The API key is empty");
    expect(issues({ type: "openai-compatible", name: "Ollama Local", baseURL: "ftp://x" })).toEqual(
      expect.arrayContaining(["Use lowercase letters, digits and dashes", "Use an http(s) URL"]),
    );
  });

  it("labels, keys and describes without exposing the key", () => {
    const openai: ProviderConfig = { type: "openai", apiKey: "sk-secret" };
    const vllm: ProviderConfig = { type: "openai-compatible", name: "vllm", baseURL: "http://gpu:8000/v1", apiKey: "sk-secret" };
    expect([providerLabel(openai), providerLabel(vllm)]).toEqual(["openai", "vllm"]);
    expect(providerKey(openai)).toBe("openai@default");
    expect(providerKey(vllm)).toBe("openai-compatible:vllm@http://gpu:8000/v1");
    expect(JSON.stringify(describeProvider(vllm))).not.toContain("sk-secret");
    expect(describeProvider(vllm)).toEqual({ type: "openai-compatible", hasApiKey: true, baseURL: "http://gpu:8000/v1", name: "vllm" });
  });

  it("builds an AI SDK language model for every kind", () => {
    const cases: [ProviderConfig, string, RegExp][] = [
      [{ type: "openai", apiKey: "k" }, "gpt-4o-mini", /^openai\.chat$/],
      [{ type: "anthropic", apiKey: "k" }, "claude-sonnet-4-5", /^anthropic/],
      [{ type: "google", apiKey: "k" }, "gemini-2.5-flash", /^google/],
      [{ type: "openai-compatible", name: "ollama", baseURL: "http://localhost:11434/v1" }, "llama3.1", /^ollama/],
      [{ type: "offline" }, "loomcast-offline-writer-1", /^offline$/],
    ];
    for (const [config, modelId, provider] of cases) {
      const model = createLanguageModel(config, modelId);
      expect(model.specificationVersion).toBe("v4");
      expect(model.modelId).toBe(modelId);
      expect(model.provider).toMatch(provider);
    }
  });
});

describe("cost table", () => {
  it("prices known models per million tokens", () => {
    expect(costOf("gpt-4o", { inputTokens: 1_000_000, outputTokens: 1_000_000 })).toEqual({ usd: 12.5, priced: true });
    expect(costOf("claude-sonnet-4-5", { inputTokens: 2000, outputTokens: 500 })).toEqual({ usd: 0.0135, priced: true });
  });

  it("matches dated snapshots and router prefixes to the longest known id", () => {
    expect(priceOf("gpt-4o-mini-2024-07-18")).toEqual(priceOf("gpt-4o-mini"));
    expect(priceOf("gpt-4o-2024-08-06")).toEqual(priceOf("gpt-4o"));
    expect(priceOf("claude-3-5-haiku-20241022")).toEqual(priceOf("claude-3-5-haiku"));
    expect(priceOf("openai/gpt-4.1-mini")).toEqual(priceOf("gpt-4.1-mini"));
    expect(priceOf("models/gemini-2.5-flash-lite")).toEqual(priceOf("gemini-2.5-flash-lite"));
    expect(priceOf("o3-mini-2025-01-31")).toEqual(priceOf("o3-mini"));
  });

  it("unknown models cost 0 and are flagged; missing usage counts as 0", () => {
    expect(costOf("llama3.1:8b", { inputTokens: 5000, outputTokens: 5000 })).toEqual({ usd: 0, priced: false });
    expect(costOf("gpt-4o", { inputTokens: undefined, outputTokens: undefined })).toEqual({ usd: 0, priced: true });
    expect(costOf("loomcast-offline-writer-1", { inputTokens: 99, outputTokens: 99 })).toEqual({ usd: 0, priced: true });
  });
});
