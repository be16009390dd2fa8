import "server-only";

/**
 * Bluesky's XRPC over HTTP: `<service>/xrpc/<nsid>`, errors as `{ error, message }`.
 * The service is the account's PDS (any host, not only bsky.social); app.bsky.* reads are
 * proxied by the PDS to the AppView.
 */
import type { Classify } from "../http";
import { requestJson, type HttpResult } from "../http";
import type { ConnectorContext } from "../types";

export const defaultBlueskyService = "https://bsky.social";
export const postCollection = "app.bsky.feed.post";

export function serviceOf(serviceUrl: string | null | undefined): string {
  return (serviceUrl || defaultBlueskyService).replace(/\/+$/, "");
}

const authCodes = new Set(["AuthenticationRequired", "InvalidToken", "ExpiredToken", "AccountTakedown", "AccountDeactivated", "AuthFactorTokenRequired"]);

function errorCodeOf(body: unknown): string | null {
  return body && typeof body === "object" && typeof (body as { error?: unknown }).error === "string" ? (body as { error: string }).error : null;
}

export const classifyBluesky: Classify = (status, body) => {
  const code = errorCodeOf(body);
  if (code && authCodes.has(code)) return { kind: "auth", code };
  if (status === 429 || code === "RateLimitExceeded") return { kind: "rate_limited", code: code ?? "RateLimitExceeded" };
  if (status >= 500) return { kind: "transient", code: code ?? undefined };
  if (status === 401) return { kind: "auth", code: code ?? "AuthenticationRequired" };
  if (code) return { kind: "rejected", code };
  return null;
};

export type Xrpc = Pick<ConnectorContext, "http" | "signal">;

export function xrpc<T>(
  ctx: Xrpc,
  service: string,
  nsid: string,
  init: { method?: "GET" | "POST"; query?: Record<string, string | string[] | undefined>; json?: unknown; body?: BodyInit; headers?: Record<string, string>; token?: string },
): Promise<HttpResult<T>> {
  const url = new URL(`${service}/xrpc/${nsid}`);
  for (const [key, value] of Object.entries(init.query ?? {})) {
    if (value === undefined) continue;
    for (const v of Array.isArray(value) ? value : [value]) url.searchParams.append(key, v);
  }
  const headers: Record<string, string> = { ...(init.headers ?? {}) };
  if (init.token) headers.authorization = `Bearer ${init.token}`;
  return requestJson<T>(ctx, url.toString(), { method: init.method ?? "GET", json: init.json, body: init.body, headers, label: "Bluesky", classify: classifyBluesky });
}
