import { APICallError, JSONParseError, LoadAPIKeyError, NoObjectGeneratedError, TypeValidationError } from "ai";
import { describe, expect, it } from "vitest";
import { classifyError } from "./classify-error";
import { MalformedOutputError } from "./malformed-output";

const apiError = (statusCode: number | undefined, extra: Partial<ConstructorParameters<typeof APICallError>[0]> = {}) =>
  new APICallError({ message: `status ${statusCode}`, url: "http://x", requestBodyValues: {}, statusCode, ...extra });

const noObject = (cause: Error) =>
  new NoObjectGeneratedError({
    cause,
    text: "x",
    response: { id: "r", timestamp: new Date(0), modelId: "m" },
    usage: { inputTokens: 1, outputTokens: 1, totalTokens: 2, inputTokenDetails: { noCacheTokens: 1, cacheReadTokens: 0, cacheWriteTokens: 0 }, outputTokenDetails: { textTokens: 1, reasoningTokens: 0 } },
    finishReason: "stop",
  });

describe("classifyError", () => {
  it.each([408, 409, 429, 500, 502, 503, 504, 529])("HTTP %i is transient", (status) => {
    expect(classifyError(apiError(status))).toMatchObject({ kind: "transient", statusCode: status });
  });

  it.each([400, 401, 403, 404, 422])("HTTP %i is permanent", (status) => {
    expect(classifyError(apiError(status, { isRetryable: false }))).toMatchObject({ kind: "permanent", statusCode: status });
  });

  it("names auth failures and content-policy refusals", () => {
    expect(classifyError(apiError(401)).reason).toMatch(/credentials/);
    const refused = apiError(400, { responseBody: '{"error":{"code":"content_policy_violation"}}' });
    expect(classifyError(refused)).toMatchObject({ kind: "permanent", reason: expect.stringMatching(/content policy/) });
  });

  it("reads Retry-After in seconds, as an HTTP date, and retry-after-ms", () => {
    expect(classifyError(apiError(429, { responseHeaders: { "retry-after": "3" } })).retryAfterMs).toBe(3000);
    expect(classifyError(apiError(429, { responseHeaders: { "retry-after-ms": "250" } })).retryAfterMs).toBe(250);
    const date = new Date(Date.now() + 60_000).toUTCString();
    expect(classifyError(apiError(503, { responseHeaders: { "retry-after": date } })).retryAfterMs).toBeGreaterThan(50_000);
  });

  it("network errors without a status are transient", () => {
    expect(classifyError(apiError(undefined, { isRetryable: true, message: "Cannot connect to API: ECONNREFUSED" })).kind).toBe("transient");
    const reset = Object.assign(new Error("socket hang up"), { code: "ECONNRESET" });
    expect(classifyError(new TypeError("fetch failed", { cause: reset }))).toMatchObject({ kind: "transient", reason: expect.stringMatching(/ECONNRESET/) });
  });

  it("timeouts are transient; the caller's cancellation is 'aborted'", () => {
    expect(classifyError(new DOMException("timeout", "TimeoutError")).kind).toBe("transient");
    const controller = new AbortController();
    controller.abort();
    expect(classifyError(new DOMException("aborted", "AbortError"), controller.signal).kind).toBe("aborted");
  });

  it("invalid JSON and schema mismatches are malformed output, with a reason", () => {
    expect(classifyError(noObject(new JSONParseError({ text: "{", cause: new Error("bad") })))).toEqual({ kind: "malformed", reason: "the response was not valid JSON" });
    const mismatch = classifyError(noObject(new TypeValidationError({ value: {}, cause: new Error("score: expected number") })));
    expect(mismatch).toMatchObject({ kind: "malformed", reason: expect.stringMatching(/did not match the schema.*score/) });
    expect(classifyError(new MalformedOutputError("the model returned no text", "")).kind).toBe("malformed");
  });

  it("in-stream provider errors follow their retry flag or an 'overloaded' type", () => {
    expect(classifyError({ type: "overloaded_error", message: "Overloaded" }).kind).toBe("transient");
    expect(classifyError({ type: "invalid_request_error", message: "bad", isRetryable: false }).kind).toBe("permanent");
  });

  it("a missing key and unknown errors are permanent", () => {
    expect(classifyError(new LoadAPIKeyError({ message: "no key" })).kind).toBe("permanent");
    expect(classifyError(new Error("boom"))).toEqual({ kind: "permanent", reason: "Unexpected error: boom" });
  });
});
