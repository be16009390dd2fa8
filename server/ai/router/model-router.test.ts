import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { startFakeOpenAI, unusedBaseURL, type FakeOpenAI } from "@/tests/support/fake-openai";
import { compatibleLink, openaiLink, testRouter } from "@/tests/support/router-fixtures";
import { AllProvidersFailed } from "./all-providers-failed";

let primary: FakeOpenAI;
let secondary: FakeOpenAI;

beforeAll(async () => {
  [primary, secondary] = await Promise.all([startFakeOpenAI(), startFakeOpenAI()]);
});
afterAll(async () => {
  await Promise.all([primary.close(), secondary.close()]);
});
afterEach(() => {
  primary.requests.length = 0;
  secondary.requests.length = 0;
  primary.script([{ text: "primary answer" }]);
  secondary.script([{ text: "secondary answer" }]);
});

const request = { system: "You write posts.", prompt: "Write one line." };

describe("model router over the OpenAI chat-completions API", () => {
  it("answers from the first link and records usage, cost and the attempt", async () => {
    primary.script([{ text: "Hello from gpt", usage: { prompt: 1000, completion: 2000 } }]);
    const { router } = testRouter();
    const result = await router.text([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], request);
    expect(result).toMatchObject({ text: "Hello from gpt", provider: "openai", model: "gpt-4o-mini", offline: false, tokensIn: 1000, tokensOut: 2000, costKnown: true });
    expect(result.costUsd).toBeCloseTo((1000 * 0.15 + 2000 * 0.6) / 1e6, 10);
    expect(result.attempts).toEqual([expect.objectContaining({ provider: "openai", model: "gpt-4o-mini", outcome: "success", tokensIn: 1000, tokensOut: 2000 })]);
    expect(primary.requests).toHaveLength(1);
    expect(primary.requests[0]!.path).toBe("/v1/chat/completions");
    expect(primary.requests[0]!.headers.authorization).toBe("Bearer sk-test-primary");
    expect(primary.requests[0]!.body.messages).toEqual([
      { role: "system", content: "You write posts." },
      { role: "user", content: "Write one line." },
    ]);
    expect(secondary.requests).toHaveLength(0);
  });

  it("falls back when the provider is down (connection refused), after bounded retries", async () => {
    const { router, sleeps } = testRouter();
    const result = await router.text([openaiLink(await unusedBaseURL()), compatibleLink(secondary.baseURL)], request);
    expect(result).toMatchObject({ text: "secondary answer", provider: "local", model: "llama3.1", costKnown: false, costUsd: 0 });
    expect(result.attempts.map((a) => a.outcome)).toEqual(["transient_error", "transient_error", "transient_error", "success"]);
    expect(result.attempts[0]!.error).toMatch(/ECONNREFUSED|connect/i);
    expect(sleeps).toEqual([200, 400]); // full jitter with random 0.5: half of 400, then of 800
  });

  it("falls back after a provider keeps answering 503", async () => {
    primary.script([{ status: 503 }]);
    const { router } = testRouter();
    const result = await router.text([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], request);
    expect(result.text).toBe("secondary answer");
    expect(primary.requests).toHaveLength(3);
    expect(result.attempts.slice(0, 3).every((a) => a.outcome === "transient_error" && a.statusCode === 503)).toBe(true);
  });

  it("does not retry a 401 and goes straight to the next link", async () => {
    primary.script([{ status: 401, body: { error: { message: "Incorrect API key provided", type: "invalid_request_error" } } }]);
    const { router, sleeps } = testRouter();
    const result = await router.text([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], request);
    expect(primary.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(result.attempts[0]).toMatchObject({ outcome: "permanent_error", statusCode: 401, error: expect.stringMatching(/credentials/) });
    expect(result.provider).toBe("local");
  });

  it("retries a 429 with backoff (honouring Retry-After) and then succeeds on the same link", async () => {
    primary.script([{ status: 429, headers: { "retry-after": "1" } }, { text: "after the rate limit" }]);
    const { router, sleeps } = testRouter();
    const result = await router.text([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], request);
    expect(result.text).toBe("after the rate limit");
    expect(result.attempts.map((a) => a.outcome)).toEqual(["transient_error", "success"]);
    expect(sleeps).toEqual([1000]);
    expect(secondary.requests).toHaveLength(0);
  });

  it("gives up on a link when Retry-After is longer than the longest backoff", async () => {
    primary.script([{ status: 429, headers: { "retry-after": "120" } }]);
    const { router, sleeps } = testRouter();
    const result = await router.text([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], request);
    expect(primary.requests).toHaveLength(1);
    expect(sleeps).toEqual([]);
    expect(result.provider).toBe("local");
  });

  it("treats a timeout as transient and falls back", async () => {
    primary.script([{ hang: true }]);
    const { router } = testRouter({ retryPolicy: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 10 } });
    const result = await router.text([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], { ...request, timeoutMs: 150 });
    expect(result.attempts[0]).toMatchObject({ outcome: "transient_error", error: expect.stringMatching(/timed out/) });
    expect(result.text).toBe("secondary answer");
  });

  it("throws AllProvidersFailed with every attempt and cause when the chain is exhausted", async () => {
    primary.script([{ status: 401 }]);
    secondary.script([{ status: 400, body: { error: { message: "Your request was flagged by our content_policy", type: "invalid_request_error" } } }]);
    const { router } = testRouter();
    const error = await router.text([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], request).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(AllProvidersFailed);
    const failed = error as AllProvidersFailed;
    expect(failed.attempts.map((a) => [a.provider, a.outcome])).toEqual([
      ["openai", "permanent_error"],
      ["local", "permanent_error"],
    ]);
    expect(failed.causes).toHaveLength(2);
    expect(failed.likelyCause).toMatch(/content policy/);
    expect(failed.message).not.toContain("sk-test");
  });

  it("stops at once when the caller cancels: no retry, no fallback, the abort reason is thrown", async () => {
    primary.script([{ hang: true }]);
    const { router } = testRouter();
    const controller = new AbortController();
    const pending = router.text([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], { ...request, abortSignal: controller.signal });
    setTimeout(() => controller.abort(new Error("run cancelled")), 50);
    await expect(pending).rejects.toThrow("run cancelled");
    expect(secondary.requests).toHaveLength(0);
  });

  it("an empty chain fails clearly", async () => {
    const { router } = testRouter();
    await expect(router.text([], request)).rejects.toThrow(/chain is empty/);
  });
});
