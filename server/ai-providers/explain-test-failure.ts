import "server-only";

/**
 * Turns a failed test call into one sentence a person can act on: a rejected key, an endpoint
 * that cannot be reached, a missing model. Never includes the key; provider text is shortened.
 */
import { AllProvidersFailed } from "@/server/ai/router/all-providers-failed";
import { classifyError } from "@/server/ai/router/classify-error";

const refused = new Set(["ECONNREFUSED", "ECONNRESET", "EHOSTUNREACH", "ENETUNREACH", "UND_ERR_SOCKET", "EPIPE"]);
const unresolved = new Set(["ENOTFOUND", "EAI_AGAIN"]);
const timedOut = new Set(["ETIMEDOUT", "UND_ERR_CONNECT_TIMEOUT", "UND_ERR_HEADERS_TIMEOUT"]);

/** The first network error code found in an error's cause chain (or an AggregateError's members). */
export function networkCode(error: unknown, depth = 0): string | undefined {
  if (!error || typeof error !== "object" || depth > 6) return undefined;
  const { code, cause, errors } = error as { code?: unknown; cause?: unknown; errors?: unknown };
  if (typeof code === "string" && (refused.has(code) || unresolved.has(code) || timedOut.has(code))) return code;
  if (Array.isArray(errors)) {
    for (const member of errors) {
      const found = networkCode(member, depth + 1);
      if (found) return found;
    }
  }
  return networkCode(cause, depth + 1);
}

const shorten = (text: string, max = 240) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

export type FailureContext = { target: string; model: string; timeoutMs: number };

export function explainTestFailure(error: unknown, { target, model, timeoutMs }: FailureContext): string {
  const attempt = error instanceof AllProvidersFailed ? error.attempts.at(-1) : undefined;
  const cause = error instanceof AllProvidersFailed ? error.causes.at(-1) : error;
  const status = attempt?.statusCode ?? classifyError(cause).statusCode;
  if (status === 401) return "The provider rejected the API key (HTTP 401). Check the key and enter it again.";
  if (status === 403) return "The provider refused this key (HTTP 403): it may lack access to this model or API.";
  if (status === 404) return `Not found (HTTP 404): check the model id “${model}” and the base URL.`;
  if (status === 429) return "The provider is rate limiting this key (HTTP 429). The key was accepted; try again in a minute.";
  if (status !== undefined && status >= 500) return `The provider had an error (HTTP ${status}). Try again later.`;
  const code = networkCode(cause);
  if (code && unresolved.has(code)) return `Cannot reach ${target}: the host name does not resolve.`;
  if (code && refused.has(code)) return `Cannot reach ${target}: the connection was refused. Is the server running?`;
  if ((code && timedOut.has(code)) || classifyError(cause).reason === "The call timed out.") {
    return `No answer from ${target} within ${timeoutMs >= 1000 ? `${Math.round(timeoutMs / 1000)} s` : `${timeoutMs} ms`}.`;
  }
  if (attempt?.outcome === "malformed_output") return `Connected, but ${model} returned an empty or unusable answer.`;
  const reason = attempt?.error ?? classifyError(cause).reason;
  return shorten(status !== undefined ? `The provider answered HTTP ${status}: ${reason}` : reason);
}
