import "server-only";

/**
 * Meta's Graph API error shape `{ error: { message, type, code, error_subcode, error_user_msg,
 * fbtrace_id } }` (Facebook, Instagram and Threads share it) mapped to ConnectorError kinds.
 * Graph answers most failures with HTTP 400 whatever the cause, so the code decides:
 * - 190 (token invalid/expired/revoked), 102 (session), 10 and 200–299 (permission removed) → auth;
 * - 4, 17, 32, 341, 613 and 80001–80014 (app, user, page and business-use-case limits), and
 *   Instagram's 2207042 subcode (daily publishing limit) → rate_limited;
 * - 1 (unknown) and 2 (service unavailable) → transient;
 * - 368 (blocked for policy), 506 (duplicate post) and every other 4xx → rejected.
 */
import type { ConnectorErrorKind } from "../errors";
import { defaultClassify, type Classify } from "../http";

export type GraphError = { message?: string; type?: string; code?: number; error_subcode?: number; error_user_msg?: string; fbtrace_id?: string };

const rateLimitCodes = new Set([4, 17, 32, 341, 613]);
const authCodes = new Set([190, 102, 10]);

/** How long Meta asks us to wait when it does not say: its app/user windows are one rolling hour. */
export const defaultMetaRetryMs = 10 * 60_000;

export function graphErrorOf(body: unknown): GraphError | null {
  if (!body || typeof body !== "object") return null;
  const error = (body as { error?: unknown }).error;
  return error && typeof error === "object" ? (error as GraphError) : null;
}

export function kindOfGraphError(status: number, error: GraphError | null): ConnectorErrorKind {
  const code = typeof error?.code === "number" ? error.code : null;
  if (code === null) return defaultClassify(status);
  if (authCodes.has(code) || (code >= 200 && code <= 299)) return "auth";
  if (rateLimitCodes.has(code) || (code >= 80001 && code <= 80014) || error?.error_subcode === 2207042) return "rate_limited";
  if (code === 1 || code === 2) return "transient";
  if (status >= 500) return "transient";
  return status === 429 ? "rate_limited" : "rejected";
}

/**
 * Minutes until access returns, from X-Business-Use-Case-Usage
 * (`{"<business id>": [{ "type": "pages", "estimated_time_to_regain_access": 5, … }]}`).
 */
export function businessUseCaseWaitMs(headers: Headers): number | null {
  const raw = headers.get("x-business-use-case-usage");
  if (!raw) return null;
  try {
    const parsed = JSON.parse(raw) as Record<string, { estimated_time_to_regain_access?: number }[]>;
    const minutes = Object.values(parsed)
      .flat()
      .map((entry) => entry.estimated_time_to_regain_access ?? 0);
    const most = Math.max(0, ...minutes);
    return most > 0 ? most * 60_000 : null;
  } catch {
    return null;
  }
}

export function graphMessage(error: GraphError | null): string | undefined {
  const text = error?.error_user_msg || error?.message;
  return text ? text.slice(0, 300) : undefined;
}

export const classifyGraph: Classify = (status, body) => {
  const error = graphErrorOf(body);
  if (!error) return null;
  return { kind: kindOfGraphError(status, error), message: graphMessage(error), code: error.code !== undefined ? String(error.code) : undefined };
};
