import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { z } from "zod";
import { draftSchema } from "../stage-schemas";
import { startFakeOpenAI, type FakeOpenAI } from "@/tests/support/fake-openai";
import { compatibleLink, openaiLink, testRouter } from "@/tests/support/router-fixtures";
import { chainOrOffline, offlineLink } from "./model-router";

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
});

const headline = z.object({ headline: z.string(), score: z.number().min(0).max(10) });
const ask = { prompt: "Rate this headline.", schema: headline, schemaName: "headline" };
const brief = {
  brand: { voice: "Plain.", audience: "Indie founders", pillars: ["focus"], avoidWords: [], hashtags: ["#build"], examples: [], ctas: ["Join the newsletter"] },
  request: { kind: "social" as const, platforms: ["x" as const, "bluesky" as const], topic: "Shipping small", keywords: ["scope"], wordCount: 40, tolerancePct: 10, strict: true, tone: "friendly" },
};

describe("structured output", () => {
  it("parses a valid JSON answer into the schema's type and sends the JSON schema", async () => {
    primary.script([{ text: JSON.stringify({ headline: "Ship it", score: 8 }) }]);
    const { router } = testRouter();
    const result = await router.object([openaiLink(primary.baseURL)], ask);
    expect(result.object).toEqual({ headline: "Ship it", score: 8 });
    const format = primary.requests[0]!.body.response_format as { type: string; json_schema: { name: string } };
    expect(format.type).toBe("json_schema");
    expect(format.json_schema.name).toBe("headline");
  });

  it("records malformed output, retries it once, then falls back to the next link", async () => {
    primary.script([{ text: "Sure! Here is your JSON: {headline" }, { text: JSON.stringify({ headline: "Ship it", score: 42 }) }]);
    secondary.script([{ text: JSON.stringify({ headline: "From the fallback", score: 7 }) }]);
    const { router, sleeps } = testRouter();
    const result = await router.object([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], ask);
    expect(result.object).toEqual({ headline: "From the fallback", score: 7 });
    expect(result.attempts.map((a) => a.outcome)).toEqual(["malformed_output", "malformed_output", "success"]);
    expect(result.attempts[0]!.error).toMatch(/not valid JSON/);
    expect(result.attempts[1]!.error).toMatch(/did not match the schema/);
    expect(primary.requests).toHaveLength(2);
    expect(sleeps).toEqual([]); // a malformed answer is retried at once
    // The malformed answers were paid for: their tokens count in the totals.
    expect(result.tokensIn).toBe(3 * 12);
    expect(result.attempts[0]!.tokensIn).toBe(12);
  });

  it("works through the OpenAI-compatible provider package too", async () => {
    secondary.script([{ text: JSON.stringify({ headline: "Compatible", score: 5 }) }]);
    const { router } = testRouter();
    const result = await router.object([compatibleLink(secondary.baseURL, "vllm", "qwen2.5")], ask);
    expect(result).toMatchObject({ provider: "vllm", model: "qwen2.5", object: { headline: "Compatible", score: 5 } });
    expect(secondary.requests[0]!.path).toBe("/v1/chat/completions");
  });
});

describe("streaming", () => {
  it("streams deltas over SSE and returns the full text with usage and cost", async () => {
    primary.script([{ streamChunks: ["Hel", "lo, ", "world."], usage: { prompt: 100, completion: 3 } }]);
    const { router } = testRouter();
    const deltas: string[] = [];
    const result = await router.streamText([openaiLink(primary.baseURL)], { prompt: "Say hello." }, { onDelta: (d, source) => deltas.push(`${source.provider}:${d}`) });
    expect(deltas).toEqual(["openai:Hel", "openai:lo, ", "openai:world."]);
    expect(result).toMatchObject({ text: "Hello, world.", tokensIn: 100, tokensOut: 3, provider: "openai" });
    expect(result.costUsd).toBeCloseTo((100 * 0.15 + 3 * 0.6) / 1e6, 12);
    expect(primary.requests[0]!.body.stream).toBe(true);
  });

  it("falls back when the stream cannot start, and only the fallback's text is streamed", async () => {
    primary.script([{ status: 503 }]);
    secondary.script([{ streamChunks: ["From ", "the fallback."] }]);
    const { router } = testRouter({ retryPolicy: { maxAttempts: 2, baseDelayMs: 10, maxDelayMs: 100 } });
    const deltas: string[] = [];
    const result = await router.streamText([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], { prompt: "Hi" }, { onDelta: (d) => deltas.push(d) });
    expect(deltas.join("")).toBe("From the fallback.");
    expect(result.attempts.map((a) => a.outcome)).toEqual(["transient_error", "transient_error", "success"]);
  });

  it("tells the caller to discard streamed text when the connection drops mid-stream and another attempt starts", async () => {
    primary.script([{ streamChunks: ["Half a ", "sentence ", "and then"], failAfter: 2 }]);
    secondary.script([{ streamChunks: ["A whole ", "answer."] }]);
    const { router } = testRouter({ retryPolicy: { maxAttempts: 1, baseDelayMs: 10, maxDelayMs: 100 } });
    const events: string[] = [];
    const result = await router.streamText([openaiLink(primary.baseURL), compatibleLink(secondary.baseURL)], { prompt: "Hi" }, {
      onDelta: (d) => events.push(d),
      onRestart: (info) => events.push(`<restart on ${info.provider}>`),
    });
    expect(events).toEqual(["Half a ", "sentence ", "<restart on local>", "A whole ", "answer."]);
    expect(result.text).toBe("A whole answer.");
    expect(result.attempts[0]).toMatchObject({ outcome: "transient_error" });
  });

  it("streams structured output and validates it at the end", async () => {
    primary.script([{ streamChunks: ['{"headline":', '"Streamed",', '"score":6}'] }]);
    const { router } = testRouter();
    const result = await router.streamObject([openaiLink(primary.baseURL)], ask, {});
    expect(result.object).toEqual({ headline: "Streamed", score: 6 });
  });
});

describe("the offline writer through the router", () => {
  it("is the whole chain when nothing is configured, and is labelled offline at zero cost", async () => {
    const { router } = testRouter();
    const chain = chainOrOffline([]);
    expect(chain).toEqual([offlineLink]);
    const result = await router.object(chain, { prompt: "(the pipeline's draft prompt)", schema: draftSchema, offlineTask: { stage: "draft", brief } });
    expect(result).toMatchObject({ provider: "offline", model: "loomcast-offline-writer-1", offline: true, costUsd: 0, costKnown: true });
    expect(result.object.posts.map((p) => p.platform)).toEqual(["x", "bluesky"]);
    expect(result.tokensOut).toBeGreaterThan(0);
  });

  it("streams its text like a provider", async () => {
    const { router } = testRouter();
    const deltas: string[] = [];
    const result = await router.streamText([offlineLink], { prompt: "draft", offlineTask: { stage: "draft", brief } }, { onDelta: (d) => deltas.push(d) });
    expect(deltas.length).toBeGreaterThan(5);
    expect(deltas.join("")).toBe(result.text);
  });

  it("fails clearly (and permanently) without a task", async () => {
    const { router } = testRouter();
    await expect(router.text([offlineLink], { prompt: "Write anything" })).rejects.toThrow(/offline writer composes pipeline stages/);
  });
});
