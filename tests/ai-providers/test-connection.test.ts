import { sql } from "drizzle-orm";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { testAiProvider } from "@/server/ai-providers/test-ai-provider";
import { startFakeOpenAI, unusedBaseURL, type FakeOpenAI } from "@/tests/support/fake-openai";
import { db } from "@/server/db/client";
import { callerFor, createOwner } from "../factories/users";
import { addProvider, fakeKey } from "./provider-factory";

let fake: FakeOpenAI;
beforeAll(async () => {
  fake = await startFakeOpenAI();
});
afterAll(() => fake.close());

describe("aiProvider.test: one tiny call to the saved provider", () => {
  it("ok through an OpenAI-compatible endpoint, with the unsealed key sent as the bearer token", async () => {
    const { user, workspace } = await createOwner();
    const key = fakeKey();
    const created = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "Local vLLM", baseUrl: fake.baseURL, apiKey: key, model: "llama3.1" });
    fake.script([{ text: "OK" }]);
    const result = await callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id });
    expect(result).toMatchObject({ ok: true, message: expect.stringMatching(/^Connected: llama3\.1 answered in \d+ ms\.$/) });
    expect(result.latencyMs).toBeGreaterThanOrEqual(0);
    const request = fake.requests.at(-1)!;
    expect(request.headers.authorization).toBe(`Bearer ${key}`);
    expect(request.body.model).toBe("llama3.1");
    expect(JSON.stringify(result)).not.toContain(key);
  });

  it("ok through the OpenAI provider pointed at a proxy base URL", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug, { baseUrl: fake.baseURL });
    fake.script([{ text: "OK" }]);
    await expect(callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id })).resolves.toMatchObject({ ok: true });
    expect(fake.requests.at(-1)!.path).toBe("/v1/chat/completions");
  });

  it("401 → the provider rejected the API key, after exactly one call (no retries)", async () => {
    const { user, workspace } = await createOwner();
    const key = fakeKey();
    const created = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "Router", baseUrl: fake.baseURL, apiKey: key, model: "m" });
    fake.script([{ status: 401, body: { error: { message: `Incorrect API key provided: ${key.slice(0, 6)}…`, type: "invalid_request_error" } } }]);
    const before = fake.requests.length;
    const result = await callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id });
    expect(result).toMatchObject({ ok: false, message: expect.stringContaining("The provider rejected the API key") });
    expect(fake.requests.length - before).toBe(1);
    expect(result.message).not.toContain(key);
  });

  it("connection refused → cannot reach <baseUrl>", async () => {
    const { user, workspace } = await createOwner();
    const baseUrl = await unusedBaseURL();
    const created = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "Ollama", baseUrl, apiKey: "", model: "llama3.1" });
    const result = await callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id });
    expect(result).toMatchObject({ ok: false, message: `Cannot reach ${baseUrl}: the connection was refused. Is the server running?` });
    // "localhost" may resolve to ::1 and 127.0.0.1: both refused arrive as one AggregateError.
    const local = baseUrl.replace("127.0.0.1", "localhost");
    await callerFor(user).aiProvider.update({ workspaceSlug: workspace.slug, id: created.id, baseUrl: local });
    expect((await callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id })).message).toBe(
      `Cannot reach ${local}: the connection was refused. Is the server running?`,
    );
  });

  it("404 and 500 get their own explanations", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "X", baseUrl: fake.baseURL, apiKey: "", model: "no-such-model" });
    fake.script([{ status: 404 }]);
    expect((await callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id })).message).toContain("check the model id “no-such-model”");
    fake.script([{ status: 503 }]);
    expect((await callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id })).message).toBe("The provider had an error (HTTP 503). Try again later.");
  });

  it("no answer within the timeout → says so", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug, { kind: "openai-compatible", label: "Slow", baseUrl: fake.baseURL, apiKey: "", model: "m" });
    fake.script([{ hang: true }]);
    const result = await testAiProvider({ db, workspace }, { id: created.id }, { timeoutMs: 300 });
    expect(result).toMatchObject({ ok: false, message: `No answer from ${fake.baseURL} within 300 ms.` });
    expect(result.latencyMs).toBeGreaterThanOrEqual(250);
    expect(result.latencyMs).toBeLessThan(5_000);
  });

  it("a key that does not decrypt is reported without calling anyone", async () => {
    const { user, workspace } = await createOwner();
    const created = await addProvider(user, workspace.slug, { baseUrl: fake.baseURL });
    await db.execute(sql`update ai_providers set api_key_sealed = 'v1.AAAA.BBBB.CCCC' where id = ${created.id}`);
    const before = fake.requests.length;
    const result = await callerFor(user).aiProvider.test({ workspaceSlug: workspace.slug, id: created.id });
    expect(result).toMatchObject({ ok: false, latencyMs: 0, message: expect.stringContaining("could not be decrypted") });
    expect(fake.requests.length).toBe(before);
  });
});
