import "server-only";

/**
 * Calls to Pinterest API v5 with the member's Bearer token. Pinterest's errors are
 * `{ code, message }`: 401 → auth (reconnect), 429 → rate_limited, 400/403/404 → rejected,
 * 5xx → transient. Messages are rewritten in plain words for the people reading them.
 */
import { ConnectorError, type ConnectorErrorKind } from "../errors";
import { requestJson, type Classify } from "../http";
import type { ConnectorContext, Endpoints } from "../types";

export const label = "Pinterest";
/** Pinterest's limits are per minute; without a Retry-After we wait one window. */
const defaultRetryMs = 60_000;

export function pinterestApi(endpoints: Endpoints): string {
  const base = endpoints["pinterest.api"];
  if (!base) throw new ConnectorError("transient", "The Pinterest API address is not configured.");
  return base;
}

function detailOf(body: unknown, status: number): string {
  if (body && typeof body === "object") {
    const b = body as { message?: unknown; error_description?: unknown; error?: unknown };
    const text = [b.message, b.error_description, b.error].find((v) => typeof v === "string" && v);
    if (typeof text === "string") return text.slice(0, 300);
  }
  return `HTTP ${status}`;
}

function plain(kind: ConnectorErrorKind, detail: string, subject: string): string {
  if (kind === "auth") return `Pinterest no longer accepts this connection (${detail}). Reconnect the channel.`;
  if (kind === "rate_limited") return `Pinterest is limiting how often we can post (${detail}); we will try again later.`;
  if (kind === "transient") return `Pinterest had a temporary problem (${detail}).`;
  return `Pinterest refused ${subject}: ${detail}`;
}

export type PinterestInit = { method?: "GET" | "POST"; json?: unknown; body?: URLSearchParams; token?: string; basic?: { clientId: string; clientSecret: string }; subject?: string };

export async function pinterestCall<T>(ctx: Pick<ConnectorContext, "http" | "signal">, url: string, init: PinterestInit = {}): Promise<T> {
  let seen: { status: number; body: unknown } | null = null;
  const classify: Classify = (status, body) => {
    seen = { status, body };
    const code = body && typeof body === "object" ? (body as { code?: unknown }).code : undefined;
    return code !== undefined ? { kind: status === 401 ? "auth" : status === 429 ? "rate_limited" : status >= 500 ? "transient" : "rejected", code: String(code) } : null;
  };
  const headers = new Headers();
  if (init.token) headers.set("authorization", `Bearer ${init.token}`);
  if (init.basic) headers.set("authorization", `Basic ${Buffer.from(`${init.basic.clientId}:${init.basic.clientSecret}`).toString("base64")}`);
  try {
    const res = await requestJson<T>(ctx, url, { method: init.method ?? "GET", json: init.json, body: init.body, headers, label, classify });
    return res.body;
  } catch (error) {
    const response = seen as { status: number; body: unknown } | null;
    if (!(error instanceof ConnectorError) || !response) throw error;
    const retry = error.kind === "rate_limited" ? (error.retryAfterMs ?? defaultRetryMs) : null;
    throw new ConnectorError(error.kind, plain(error.kind, detailOf(response.body, response.status), init.subject ?? "the request"), {
      httpStatus: error.httpStatus,
      retryAfterMs: retry,
      platformCode: error.platformCode,
      cause: error,
    });
  }
}

export function tokenOf(ctx: ConnectorContext): string {
  const token = ctx.channel.credentials.accessToken;
  if (!token) throw new ConnectorError("auth", "The Pinterest channel has no access token. Reconnect the channel.");
  return token;
}

export function pinPermalink(id: string): string {
  return `https://www.pinterest.com/pin/${id}/`;
}
