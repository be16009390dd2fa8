import "server-only";

/**
 * Decides what a failed model call means for the router:
 * - transient: worth retrying on the same link (network errors, timeouts, HTTP 408/409/429/5xx,
 *   "overloaded");
 * - permanent: retrying cannot help, go to the next link (401/403 auth, 400/404/422 validation,
 *   content policy, missing key, unsupported model or feature, anything unrecognised);
 * - malformed: the model answered with invalid or off-schema output;
 * - aborted: the caller cancelled; stop everything.
 */
import { APICallError, JSONParseError, LoadAPIKeyError, NoObjectGeneratedError, NoOutputGeneratedError, RetryError, TypeValidationError } from "ai";
import { outboundRefusalIn } from "@/server/security/outbound-policy";
import { MalformedOutputError } from "./malformed-output";

export type ErrorKind = "transient" | "permanent" | "malformed" | "aborted";
export type ClassifiedError = { kind: ErrorKind; reason: string; statusCode?: number; retryAfterMs?: number };

const networkCodes = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE", "ENOTFOUND", "EAI_AGAIN", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_SOCKET", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT"]);
const contentPolicy = /content[_ ]?(policy|filter|management)|safety|responsible ?ai|moderation/i;
const overloaded = /overloaded|capacity|try again later/i;

function retryAfterMs(headers: Record<string, string> | undefined): number | undefined {
  if (!headers) return undefined;
  const ms = Number(headers["retry-after-ms"]);
  if (Number.isFinite(ms) && ms >= 0) return ms;
  const value = headers["retry-after"];
  if (!value) return undefined;
  const seconds = Number(value);
  if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
  const at = Date.parse(value);
  return Number.isNaN(at) ? undefined : Math.max(0, at - Date.now());
}

function fromStatus(error: APICallError): ClassifiedError {
  const status = error.statusCode;
  const base = { statusCode: status, retryAfterMs: retryAfterMs(error.responseHeaders) };
  const body = `${error.message} ${error.responseBody ?? ""}`;
  if (status === undefined) {
    return error.isRetryable ? { ...base, kind: "transient", reason: `Network error: ${error.message}` } : { ...base, kind: "permanent", reason: error.message };
  }
  if (status === 401 || status === 403) return { ...base, kind: "permanent", reason: `The provider rejected the credentials (HTTP ${status}).` };
  if (status === 408 || status === 409 || status === 429 || status >= 500) {
    const why = status === 429 ? "rate limited" : status >= 500 ? "provider error or overloaded" : "request timeout or conflict";
    return { ...base, kind: "transient", reason: `HTTP ${status} (${why}).` };
  }
  if (contentPolicy.test(body)) return { ...base, kind: "permanent", reason: `Refused by the provider's content policy (HTTP ${status}).` };
  if (error.isRetryable) return { ...base, kind: "transient", reason: `HTTP ${status}: ${error.message}` };
  return { ...base, kind: "permanent", reason: `HTTP ${status}: ${error.message}` };
}

function malformedReason(error: NoObjectGeneratedError): string {
  const cause = error.cause;
  if (JSONParseError.isInstance(cause)) return "the response was not valid JSON";
  if (TypeValidationError.isInstance(cause)) {
    const detail = cause.cause instanceof Error ? cause.cause.message.split("\n").slice(0, 6).join(" ") : "";
    return `the response did not match the schema${detail ? `: ${detail}` : ""}`;
  }
  return error.message;
}

function errorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; depth < 5 && current && typeof current === "object"; depth += 1) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === "string" && networkCodes.has(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}

export function classifyError(error: unknown, signal?: AbortSignal): ClassifiedError {
  if (signal?.aborted) return { kind: "aborted", reason: "Cancelled by the caller." };
  if (error instanceof MalformedOutputError) return { kind: "malformed", reason: error.reason };
  // A member-given base URL that points (or redirects) somewhere private: retrying cannot help.
  const refusal = outboundRefusalIn(error);
  if (refusal) return { kind: "permanent", reason: refusal.message };
  if (NoObjectGeneratedError.isInstance(error)) return { kind: "malformed", reason: malformedReason(error) };
  if (APICallError.isInstance(error)) return fromStatus(error);
  if (RetryError.isInstance(error)) return classifyError(error.lastError, signal);
  if (NoOutputGeneratedError.isInstance(error) && error.cause) return classifyError(error.cause, signal);
  if (LoadAPIKeyError.isInstance(error)) return { kind: "permanent", reason: "No API key is configured for this provider." };
  if (error instanceof Error && error.name === "TimeoutError") return { kind: "transient", reason: "The call timed out." };
  if (error instanceof Error && error.name === "AbortError") return { kind: "transient", reason: "The connection was aborted." };
  const code = errorCode(error);
  if (code) return { kind: "transient", reason: `Network error (${code}).` };
  if (error && typeof error === "object" && !(error instanceof Error)) {
    // A provider's in-stream error payload, e.g. { type: "overloaded_error", message, isRetryable }.
    const e = error as { message?: unknown; type?: unknown; isRetryable?: unknown; statusCode?: unknown };
    const text = `${String(e.type ?? "")} ${String(e.message ?? "")}`.trim() || "stream error";
    const transient = e.isRetryable === true || overloaded.test(text);
    return { kind: transient ? "transient" : "permanent", reason: `Provider stream error: ${text}`, statusCode: typeof e.statusCode === "number" ? e.statusCode : undefined };
  }
  const message = error instanceof Error ? error.message : String(error);
  if (overloaded.test(message)) return { kind: "transient", reason: message };
  return { kind: "permanent", reason: `Unexpected error: ${message}` };
}
