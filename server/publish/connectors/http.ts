import "server-only";

/**
 * The HTTP call every connector makes: JSON in and out, a timeout, and the default mapping from
 * responses to ConnectorError kinds (a connector may pass `classify` to refine it, e.g. X's 403
 * for duplicate content). A POST that fails without a response might have reached the platform,
 * so it is "unknown"; a GET that fails is "transient".
 */
import { outboundRefusalIn } from "@/server/security/outbound-policy";
import { ConnectorError, type ConnectorErrorKind } from "./errors";
import type { ConnectorContext } from "./types";

export type HttpResult<T> = { status: number; headers: Headers; body: T };
export type Classify = (status: number, body: unknown, headers: Headers) => { kind: ConnectorErrorKind; message?: string; code?: string } | null;

const timeoutMs = 30_000;

export function retryAfterMs(headers: Headers, now = Date.now()): number | null {
  const retryAfter = headers.get("retry-after");
  if (retryAfter) {
    const seconds = Number(retryAfter);
    if (Number.isFinite(seconds)) return Math.max(0, seconds * 1000);
    const at = Date.parse(retryAfter);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  // X (x-rate-limit-reset) and Mastodon (x-ratelimit-reset) give the reset time instead.
  const reset = headers.get("x-rate-limit-reset") ?? headers.get("x-ratelimit-reset") ?? headers.get("ratelimit-reset");
  if (reset) {
    const asNumber = Number(reset);
    if (Number.isFinite(asNumber)) return asNumber > 1e9 ? Math.max(0, asNumber * 1000 - now) : asNumber * 1000;
    const at = Date.parse(reset);
    if (!Number.isNaN(at)) return Math.max(0, at - now);
  }
  return null;
}

function messageOf(body: unknown): string | undefined {
  if (!body || typeof body !== "object") return typeof body === "string" && body ? body.slice(0, 300) : undefined;
  const b = body as Record<string, unknown>;
  const nested = b.error && typeof b.error === "object" ? (b.error as Record<string, unknown>) : null;
  const candidates = [b.detail, b.message, b.error_description, nested?.message, b.error, b.title];
  const found = candidates.find((c) => typeof c === "string" && c.length > 0);
  return typeof found === "string" ? found.slice(0, 300) : undefined;
}

export function defaultClassify(status: number): ConnectorErrorKind {
  if (status === 429) return "rate_limited";
  if (status === 401) return "auth";
  if (status >= 500) return "transient";
  if (status === 408) return "transient";
  return "rejected";
}

export async function requestJson<T = unknown>(
  ctx: Pick<ConnectorContext, "http" | "signal">,
  url: string,
  init: RequestInit & { json?: unknown; label?: string; classify?: Classify },
): Promise<HttpResult<T>> {
  const { json, label = "The platform", classify, ...rest } = init;
  const headers = new Headers(rest.headers);
  if (json !== undefined) headers.set("content-type", "application/json");
  headers.set("accept", "application/json");
  const method = (rest.method ?? "GET").toUpperCase();
  const signal = ctx.signal ? AbortSignal.any([ctx.signal, AbortSignal.timeout(timeoutMs)]) : AbortSignal.timeout(timeoutMs);
  let res: Response;
  try {
    res = await ctx.http(url, { ...rest, method, headers, body: json !== undefined ? JSON.stringify(json) : rest.body, signal });
  } catch (cause) {
    // Refused before anything was sent (a private address, too many redirects): permanent.
    const refusal = outboundRefusalIn(cause);
    if (refusal) throw new ConnectorError("rejected", `${label}: ${refusal.message}`, { cause });
    const kind = method === "GET" ? "transient" : "unknown";
    throw new ConnectorError(kind, `${label} did not answer (${cause instanceof Error ? cause.message : "network error"}).`, { cause });
  }
  const text = await res.text().catch(() => "");
  let body: unknown = text;
  if (text && (res.headers.get("content-type") ?? "").includes("json")) {
    try {
      body = JSON.parse(text);
    } catch {
      body = text;
    }
  }
  if (res.ok) return { status: res.status, headers: res.headers, body: body as T };
  const refined = classify?.(res.status, body, res.headers) ?? null;
  const kind = refined?.kind ?? defaultClassify(res.status);
  const detail = refined?.message ?? messageOf(body) ?? res.statusText;
  throw new ConnectorError(kind, `${label} answered ${res.status}: ${detail}`, {
    httpStatus: res.status,
    retryAfterMs: kind === "rate_limited" ? retryAfterMs(res.headers) : null,
    platformCode: refined?.code ?? null,
  });
}
