import { eq } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { aiProviders } from "@/server/db/schema";
import { globalProviderLinks } from "@/server/generation/global-providers";
import { loadModelChain } from "@/server/generation/model-chain";
import { endpointName } from "@/server/generation/provider-link";
import { createOwner } from "../factories/users";
import { addProvider } from "./support/fixtures";

const noGlobal = { global: [] };
const emptyEnv = {
  OPENAI_API_KEY: undefined,
  OPENAI_MODEL: "gpt-4o-mini",
  ANTHROPIC_API_KEY: undefined,
  ANTHROPIC_MODEL: "claude-3-5-haiku-latest",
  GOOGLE_GENERATIVE_AI_API_KEY: undefined,
  GOOGLE_MODEL: "gemini-2.5-flash",
  OPENAI_COMPATIBLE_BASE_URL: undefined,
  OPENAI_COMPATIBLE_API_KEY: undefined,
  OPENAI_COMPATIBLE_MODEL: undefined,
};

describe("model chain", () => {
  it("is the workspace's enabled providers by ascending priority, keys unsealed, then the global ones", async () => {
    const { workspace } = await createOwner();
    await addProvider(workspace.id, { kind: "openai-compatible", label: "Second box", baseUrl: "http://127.0.0.1:9/v1", model: "m2", priority: 2 });
    await addProvider(workspace.id, { kind: "openai", label: "OpenAI", baseUrl: "http://127.0.0.1:9/v1", model: "gpt-4o-mini", priority: 1, apiKey: "sk-test-unsealed" });
    const off = await addProvider(workspace.id, { kind: "openai-compatible", label: "Off", baseUrl: "http://127.0.0.1:9/v1", model: "m3", priority: 0 });
    await db.update(aiProviders).set({ enabled: false }).where(eq(aiProviders.id, off));
    const global = globalProviderLinks({ ...emptyEnv, ANTHROPIC_API_KEY: "sk-ant-test" });

    const chain = await loadModelChain(db, workspace.id, { global });
    expect(chain.links.map((l) => `${l.provider.type}/${l.modelId}`)).toEqual(["openai/gpt-4o-mini", "openai-compatible/m2", "anthropic/claude-3-5-haiku-latest"]);
    expect(chain.links[0]!.provider).toMatchObject({ type: "openai", apiKey: "sk-test-unsealed" });
    expect(chain.links[1]!.provider).toMatchObject({ name: "second-box" });
    expect(chain.skipped).toEqual([]);
  });

  it("is the offline writer alone when nothing is configured, and never when something is", async () => {
    const { workspace } = await createOwner();
    expect((await loadModelChain(db, workspace.id, noGlobal)).links.map((l) => l.provider.type)).toEqual(["offline"]);
    const id = await addProvider(workspace.id, { kind: "openai", label: "Broken key", baseUrl: "http://127.0.0.1:9/v1", model: "gpt-4o-mini", priority: 0, apiKey: "sk-test" });
    await db.update(aiProviders).set({ apiKeySealed: "v1.AAAA.BBBB.CCCC" }).where(eq(aiProviders.id, id));
    const chain = await loadModelChain(db, workspace.id, noGlobal);
    expect(chain.links).toEqual([]);
    expect(chain.skipped).toEqual([{ label: "Broken key", reason: "its API key could not be decrypted (was ENCRYPTION_KEY changed?)" }]);
  });

  it("skips a provider that needs a key and has none, and says so without any key in the reason", async () => {
    const { workspace } = await createOwner();
    await addProvider(workspace.id, { kind: "openai", label: "Keyless", baseUrl: "http://127.0.0.1:9/v1", model: "gpt-4o-mini", priority: 0 });
    const chain = await loadModelChain(db, workspace.id, noGlobal);
    expect(chain.skipped[0]).toMatchObject({ label: "Keyless", reason: expect.stringMatching(/incomplete/) });
  });

  it("reads the global providers from the environment in a fixed order", () => {
    expect(globalProviderLinks(emptyEnv)).toEqual([]);
    const links = globalProviderLinks({
      ...emptyEnv,
      OPENAI_API_KEY: "sk-o",
      GOOGLE_GENERATIVE_AI_API_KEY: "g",
      OPENAI_COMPATIBLE_BASE_URL: "http://localhost:11434/v1",
      OPENAI_COMPATIBLE_MODEL: "llama3.1",
    });
    expect(links.map((l) => `${l.provider.type}/${l.modelId}`)).toEqual(["openai/gpt-4o-mini", "google/gemini-2.5-flash", "openai-compatible/llama3.1"]);
  });

  it("names OpenAI-compatible endpoints the way the provider package accepts", () => {
    expect(endpointName("My vLLM box!")).toBe("my-vllm-box");
    expect(endpointName("***")).toBe("custom");
    expect(endpointName("x".repeat(60))).toHaveLength(40);
  });
});
