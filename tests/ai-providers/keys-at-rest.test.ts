import { sql } from "drizzle-orm";
import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { apiKeyContext } from "@/server/generation/provider-link";
import { secretBox } from "@/server/security/secret-box";
import { callerFor, createOwner } from "../factories/users";
import { addMember } from "../factories/workspaces";
import { addProvider, fakeKey, rawRow } from "./provider-factory";

describe("API keys at rest", () => {
  it("stores the key sealed: the raw column holds no plaintext and opens only with its own row's context", async () => {
    const { user, workspace } = await createOwner();
    const key = fakeKey();
    const created = await addProvider(user, workspace.slug, { apiKey: key });
    const other = await addProvider(user, workspace.slug, { apiKey: fakeKey() });

    const { rows } = await db.execute<{ api_key_sealed: string; row_text: string }>(
      sql`select api_key_sealed, ai_providers::text as row_text from ai_providers where id = ${created.id}`,
    );
    const sealed = rows[0]!.api_key_sealed;
    expect(sealed).toMatch(/^v1\./);
    expect(rows[0]!.row_text).not.toContain(key);
    expect(rows[0]!.row_text).not.toContain(key.slice(-12));
    expect(Buffer.from(sealed.split(".")[3]!, "base64url").toString("utf8")).not.toContain(key);

    expect(secretBox().open(sealed, apiKeyContext(created.id))).toBe(key);
    expect(() => secretBox().open(sealed, apiKeyContext(other.id))).toThrow(/could not be decrypted/);
    expect(() => secretBox().open(sealed, `oauth:${created.id}:token`)).toThrow(/could not be decrypted/);
  });

  it("never returns a key: list, create, update and status carry only hasKey and the last four characters", async () => {
    const { user, workspace } = await createOwner();
    const viewer = await addMember(workspace.id, "viewer");
    const key = fakeKey();
    const created = await addProvider(user, workspace.slug, { apiKey: key });
    const updated = await callerFor(user).aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, label: "Main" });
    const list = await callerFor(viewer).aiProvider.list({ workspaceSlug: workspace.slug });
    const status = await callerFor(viewer).aiProvider.status({ workspaceSlug: workspace.slug });

    expect(list).toEqual([expect.objectContaining({ id: created.id, hasKey: true, keyHint: `••••${key.slice(-4)}`, keyProblem: null })]);
    for (const answer of [created, updated, list, status]) {
      const text = JSON.stringify(answer);
      expect(text).not.toContain(key.slice(0, -4));
      expect(text).not.toContain((await rawRow(created.id))!.apiKeySealed!);
      expect(text).not.toMatch(/apiKey"/);
    }
  });

  it("a short key shows no characters; no key shows none at all", async () => {
    const { user, workspace } = await createOwner();
    const short = await addProvider(user, workspace.slug, { apiKey: "abc12345" });
    const none = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "Ollama", baseUrl: "http://localhost:11434/v1", apiKey: "", model: "llama3.1" });
    expect(short).toMatchObject({ hasKey: true, keyHint: "••••" });
    expect(none).toMatchObject({ hasKey: false, keyHint: null });
    expect((await rawRow(none.id))!.apiKeySealed).toBeNull();
  });

  it("update without apiKey keeps the sealed key byte for byte; a new key replaces it; \"\" clears it where allowed", async () => {
    const { user, workspace } = await createOwner();
    const caller = callerFor(user);
    const key = fakeKey();
    const created = await addProvider(user, workspace.slug, { apiKey: key });
    const sealedBefore = (await rawRow(created.id))!.apiKeySealed;

    await caller.aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, model: "gpt-4.1-mini", label: "Renamed" });
    expect((await rawRow(created.id))!.apiKeySealed).toBe(sealedBefore);

    const next = fakeKey();
    const replaced = await caller.aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, apiKey: next });
    expect(replaced.keyHint).toBe(`••••${next.slice(-4)}`);
    expect(secretBox().open((await rawRow(created.id))!.apiKeySealed!, apiKeyContext(created.id))).toBe(next);

    await expect(caller.aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, apiKey: "" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
      message: expect.stringContaining("needs an API key"),
    });
    const compatible = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "OpenRouter", baseUrl: "https://openrouter.ai/api/v1", apiKey: fakeKey(), model: "openai/gpt-4o-mini" });
    const cleared = await caller.aiProvider.update({ workspaceSlug: workspace.slug, id: compatible.id, apiKey: "" });
    expect(cleared).toMatchObject({ hasKey: false, keyHint: null });
    expect((await rawRow(compatible.id))!.apiKeySealed).toBeNull();
  });

  it("a key that no longer decrypts is reported, not returned, and not fatal to the list", async () => {
    const { user, workspace } = await createOwner();
    const a = await addProvider(user, workspace.slug);
    const b = await addProvider(user, workspace.slug);
    // Move B's sealed key into A's row: bound to B's id, it must not open as A's.
    await db.execute(sql`update ai_providers set api_key_sealed = (select api_key_sealed from ai_providers where id = ${b.id}) where id = ${a.id}`);
    const list = await callerFor(user).aiProvider.list({ workspaceSlug: workspace.slug });
    expect(list.find((p) => p.id === a.id)).toMatchObject({ hasKey: true, keyHint: "••••", keyProblem: expect.stringContaining("cannot be decrypted") });
  });
});
