import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { getAiStatus } from "@/server/ai-providers/get-ai-status";
import { db } from "@/server/db/client";
import { globalProviderLinks } from "@/server/generation/global-providers";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { addProvider, fakeKey } from "./provider-factory";

const noGlobals = {
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

describe("aiProvider.status: what generation will use", () => {
  it("nothing configured anywhere → the offline writer", async () => {
    const { workspace } = await createOwner();
    expect(await getAiStatus({ db, workspace }, { globalLinks: globalProviderLinks(noGlobals) })).toEqual({
      workspace: [],
      disabledCount: 0,
      global: [],
      offline: true,
      noUsableProvider: false,
      keysCanBeStored: true,
    });
  });

  it("workspace providers first (enabled, in order), then the global ones by name and model only", async () => {
    const { user, workspace } = await createOwner();
    const first = await addProvider(user, workspace.slug, { label: "Team OpenAI" });
    const off = await addProvider(user, workspace.slug, { label: "Off" });
    const third = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "Ollama", baseUrl: "http://localhost:11434/v1", apiKey: "", model: "llama3.1" });
    await callerFor(user).aiProvider.setEnabled({ workspaceSlug: workspace.slug, id: off.id, enabled: false });
    const globalKey = fakeKey("sk-global");
    const globals = globalProviderLinks({ ...noGlobals, ANTHROPIC_API_KEY: globalKey, OPENAI_COMPATIBLE_BASE_URL: "http://10.0.0.5:8000/v1", OPENAI_COMPATIBLE_MODEL: "qwen" });
    const status = await getAiStatus({ db, workspace }, { globalLinks: globals });
    expect(status).toEqual({
      workspace: [
        { id: first.id, label: "Team OpenAI", kind: "openai", model: "gpt-4o-mini", usable: true, problem: null },
        { id: third.id, label: "Ollama", kind: "openai-compatible", model: "llama3.1", usable: true, problem: null },
      ],
      disabledCount: 1,
      global: [
        { name: "Anthropic", kind: "anthropic", model: "claude-3-5-haiku-latest" },
        { name: "OpenAI-compatible endpoint", kind: "openai-compatible", model: "qwen" },
      ],
      offline: false,
      noUsableProvider: false,
      keysCanBeStored: true,
    });
    expect(JSON.stringify(status)).not.toContain(globalKey);
    expect(JSON.stringify(status)).not.toContain("10.0.0.5");
  });

  it("configured but unusable (a key that no longer decrypts) → not offline: runs would fail, and the status says why", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug);
    await db.execute(sql`update ai_providers set api_key_sealed = 'v1.AAAA.BBBB.CCCC' where id = ${created.id}`);
    const status = await getAiStatus({ db, workspace }, { globalLinks: [] });
    expect(status).toMatchObject({ offline: false, noUsableProvider: true, workspace: [{ usable: false, problem: expect.stringContaining("could not be decrypted") }] });
  });

  it("every member may read it through the API", async () => {
    const { workspace } = await createOwner();
    const viewer = await addMember(workspace.id, "viewer");
    await expect(callerFor(viewer).aiProvider.status({ workspaceSlug: workspace.slug })).resolves.toMatchObject({ workspace: [] });
  });
});
