import { describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { auditLog } from "@/server/db/schema";
import { eq } from "drizzle-orm";
import { callerFor, createOwner } from "../factories/users";
import { formErrorsOf } from "../factories/errors";
import { auditRows } from "../factories/workspaces";
import { addProvider, fakeKey, rawRow, snapshotProviders } from "./provider-factory";

describe("creating and editing providers", () => {
  it("appends to the end of the chain and lists in order", async () => {
    const { user, workspace } = await createOwner();
    const first = await addProvider(user, workspace.slug, { label: "Primary" });
    const second = await addProvider(user, workspace.slug, { kind: "anthropic", label: "Backup", model: "claude-3-5-haiku-latest" });
    const third = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "Ollama", baseUrl: "http://localhost:11434/v1/", apiKey: "", model: "llama3.1" });
    expect([first.priority, second.priority, third.priority]).toEqual([0, 1, 2]);
    expect(third.baseUrl).toBe("http://localhost:11434/v1");
    const list = await callerFor(user).aiProvider.list({ workspaceSlug: workspace.slug });
    expect(list.map((p) => p.label)).toEqual(["Primary", "Backup", "Ollama"]);
    expect(list.every((p) => p.enabled)).toBe(true);
  });

  it("concurrent creates each get their own place in the chain", async () => {
    const { user, workspace } = await createOwner();
    const created = await Promise.all([0, 1, 2, 3, 4].map((i) => addProvider(user, workspace.slug, { label: `P${i}` })));
    expect(created.map((p) => p.priority).sort()).toEqual([0, 1, 2, 3, 4]);
  });

  it.each([
    ["openai without a key", { kind: "openai", apiKey: "" }, "apiKey", "Enter the provider's API key."],
    ["anthropic without a key", { kind: "anthropic", apiKey: undefined }, "apiKey", "Enter the provider's API key."],
    ["compatible without a base URL", { kind: "openai-compatible", apiKey: "" }, "baseUrl", "needs its base URL"],
    ["a base URL without a scheme", { kind: "openai-compatible", baseUrl: "localhost:11434" }, "baseUrl", "http:// or https://"],
    ["a base URL that is not a URL", { kind: "openai-compatible", baseUrl: "not a url" }, "baseUrl", "Enter a full URL"],
    ["an ftp base URL", { kind: "openai-compatible", baseUrl: "ftp://models.example.com/v1" }, "baseUrl", "http:// or https://"],
    ["credentials in the URL", { kind: "openai-compatible", baseUrl: "https://me:secret@proxy.example.com/v1" }, "baseUrl", "API key field"],
    ["an empty model", { model: "  " }, "model", "Enter a model id"],
    ["an empty name", { label: "" }, "label", "Give the provider a name"],
    ["an unknown kind", { kind: "mistral" }, "kind", "Choose a provider"],
  ] as const)("rejects %s with a message on the field, and writes nothing", async (_name, override, field, message) => {
    const { user, workspace } = await createOwner();
    const before = await snapshotProviders(workspace.id);
    const errors = await formErrorsOf(
      callerFor(user).aiProvider.create({ workspaceSlug: workspace.slug, kind: "openai", label: "X", model: "m", apiKey: fakeKey(), ...override } as never),
    );
    expect(errors.code).toBe("BAD_REQUEST");
    expect(errors.fieldErrors[field]?.[0]).toContain(message);
    expect(await snapshotProviders(workspace.id)).toEqual(before);
  });

  it("update validates the merged provider: switching to OpenAI-compatible needs a base URL", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug);
    const before = await snapshotProviders(workspace.id);
    const errors = await formErrorsOf(callerFor(user).aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, kind: "openai-compatible" }));
    expect(errors).toMatchObject({ code: "BAD_REQUEST", field: "baseUrl" });
    expect(await snapshotProviders(workspace.id)).toEqual(before);
    const switched = await callerFor(user).aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, kind: "openai-compatible", baseUrl: "https://openrouter.ai/api/v1" });
    expect(switched).toMatchObject({ kind: "openai-compatible", baseUrl: "https://openrouter.ai/api/v1", hasKey: true });
  });

  it("an update that changes nothing writes nothing", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug, { apiKey: "sk-same-key-1234567890" });
    const before = await snapshotProviders(workspace.id);
    await callerFor(user).aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, label: "OpenAI", model: "gpt-4o-mini", apiKey: "sk-same-key-1234567890" });
    expect(await snapshotProviders(workspace.id)).toEqual(before);
  });

  it("caps a workspace at 10 providers", async () => {
    const { user, workspace } = await createOwner();
    for (let i = 0; i < 10; i += 1) await addProvider(user, workspace.slug, { label: `P${i}` });
    await expect(addProvider(user, workspace.slug)).rejects.toMatchObject({ code: "FORBIDDEN", message: expect.stringContaining("up to 10") });
  });
});

describe("order, enabling, removal", () => {
  it("reorder rewrites every priority in one go; a partial or foreign list changes nothing", async () => {
    const { user, workspace } = await createOwner();
    const [a, b, c] = [await addProvider(user, workspace.slug, { label: "A" }), await addProvider(user, workspace.slug, { label: "B" }), await addProvider(user, workspace.slug, { label: "C" })];
    const caller = callerFor(user);
    const result = await caller.aiProvider.reorder({ workspaceSlug: workspace.slug, ids: [c.id, a.id, b.id] });
    expect(result.map((p) => [p.label, p.priority])).toEqual([["C", 0], ["A", 1], ["B", 2]]);
    expect((await caller.aiProvider.list({ workspaceSlug: workspace.slug })).map((p) => p.label)).toEqual(["C", "A", "B"]);
    expect((await auditRows(workspace.id, "ai_provider.reordered"))[0]!.changes).toEqual({ from: "A → B → C", to: "C → A → B" });

    const before = await snapshotProviders(workspace.id);
    await expect(caller.aiProvider.reorder({ workspaceSlug: workspace.slug, ids: [a.id, b.id] })).rejects.toMatchObject({ code: "CONFLICT" });
    await expect(caller.aiProvider.reorder({ workspaceSlug: workspace.slug, ids: [a.id, a.id, b.id] })).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(caller.aiProvider.reorder({ workspaceSlug: workspace.slug, ids: [a.id, b.id, "nope"] })).rejects.toMatchObject({ code: "NOT_FOUND" });
    expect(await snapshotProviders(workspace.id)).toEqual(before);
  });

  it("setEnabled turns a provider off and on (the status chain skips it while off)", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug);
    const caller = callerFor(user);
    expect(await caller.aiProvider.setEnabled({ workspaceSlug: workspace.slug, id: created.id, enabled: false })).toMatchObject({ enabled: false });
    expect(await caller.aiProvider.status({ workspaceSlug: workspace.slug })).toMatchObject({ workspace: [], disabledCount: 1 });
    await caller.aiProvider.setEnabled({ workspaceSlug: workspace.slug, id: created.id, enabled: true });
    expect((await rawRow(created.id))!.enabled).toBe(true);
    expect((await auditRows(workspace.id, "ai_provider.disabled")).length).toBe(1);
    expect((await auditRows(workspace.id, "ai_provider.enabled")).length).toBe(1);
  });

  it("remove deletes the row and its sealed key", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug);
    await callerFor(user).aiProvider.remove({ workspaceSlug: workspace.slug, id: created.id });
    expect(await rawRow(created.id)).toBeUndefined();
    await expect(callerFor(user).aiProvider.remove({ workspaceSlug: workspace.slug, id: created.id })).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("audit", () => {
  it("records every mutation with its actor and never the key, sealed or plain", async () => {
    const { user, workspace } = await createOwner();
    const caller = callerFor(user);
    const key = fakeKey();
    const created = await addProvider(user, workspace.slug, { apiKey: key });
    const sealedFirst = (await rawRow(created.id))!.apiKeySealed!;
    const newKey = fakeKey();
    await caller.aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, apiKey: newKey, model: "gpt-4.1" });
    const second = await addProvider(user, workspace.slug, { label: "Two" });
    await caller.aiProvider.reorder({ workspaceSlug: workspace.slug, ids: [second.id, created.id] });
    await caller.aiProvider.setEnabled({ workspaceSlug: workspace.slug, id: second.id, enabled: false });
    await caller.aiProvider.remove({ workspaceSlug: workspace.slug, id: second.id });

    const rows = await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspace.id));
    const mine = rows.filter((r) => r.action.startsWith("ai_provider."));
    expect(mine.map((r) => r.action).sort()).toEqual(
      ["ai_provider.created", "ai_provider.created", "ai_provider.disabled", "ai_provider.removed", "ai_provider.reordered", "ai_provider.updated"].sort(),
    );
    expect(mine.every((r) => r.actorId === user.id && r.targetType === "ai_provider")).toBe(true);
    const updated = mine.find((r) => r.action === "ai_provider.updated")!;
    expect(updated.changes).toEqual({ label: "OpenAI", model: { from: "gpt-4o-mini", to: "gpt-4.1" }, keyChanged: true });
    expect(mine.find((r) => r.targetId === created.id && r.action === "ai_provider.created")!.changes).toMatchObject({ keyChanged: true, kind: "openai" });
    const text = JSON.stringify(rows);
    for (const secret of [key, newKey, key.slice(-8), newKey.slice(-8), sealedFirst, (await rawRow(created.id))!.apiKeySealed!]) {
      expect(text).not.toContain(secret);
    }
  });
});
