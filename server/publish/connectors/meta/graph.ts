import "server-only";

/**
 * Calls to a Graph-style API (graph.facebook.com, graph.threads.net): the token goes in the
 * Authorization header (never in the URL, so it cannot leak into logs), POST parameters are sent
 * form-encoded as Meta documents them, and failures become ConnectorErrors with plain messages.
 */
import { ConnectorError, type ConnectorErrorKind } from "../errors";
import { requestJson, type Classify } from "../http";
import type { ConnectorContext } from "../types";
import { businessUseCaseWaitMs, classifyGraph, defaultMetaRetryMs, graphErrorOf, graphMessage } from "./graph-errors";

export type Params = Record<string, string | number | boolean | undefined | null>;
export type GraphOptions = {
  /** Shown to users: "Facebook", "Instagram", "Threads". */
  label: string;
  token?: string;
  /** What a refusal refused, for the message: "the post" (default "the request"). */
  subject?: string;
};

export function withQuery(url: string, params: Params = {}): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null) query.set(key, String(value));
  const text = query.toString();
  return text ? `${url}${url.includes("?") ? "&" : "?"}${text}` : url;
}

function plainMessage(kind: ConnectorErrorKind, options: GraphOptions, detail: string): string {
  const { label, subject = "the request" } = options;
  switch (kind) {
    case "auth":
      return `${label} no longer accepts this connection (${detail}). Reconnect the channel.`;
    case "rate_limited":
      return `${label} is limiting how often we can post (${detail}); we will try again later.`;
    case "transient":
      return `${label} had a temporary problem (${detail}).`;
    case "rejected":
      return `${label} refused ${subject}: ${detail}`;
    default:
      return `${label}: ${detail}`;
  }
}

async function call<T>(ctx: Pick<ConnectorContext, "http" | "signal">, url: string, init: RequestInit, options: GraphOptions): Promise<T> {
  let seen: { status: number; body: unknown; headers: Headers } | null = null;
  const classify: Classify = (status, body, headers) => {
    seen = { status, body, headers };
    return classifyGraph(status, body, headers);
  };
  const headers = new Headers(init.headers);
  if (options.token) headers.set("authorization", `Bearer ${options.token}`);
  try {
    const res = await requestJson<T>(ctx, url, { ...init, headers, label: options.label, classify });
    return res.body;
  } catch (error) {
    const response = seen as { status: number; body: unknown; headers: Headers } | null;
    if (!(error instanceof ConnectorError) || !response) throw error;
    const graphError = graphErrorOf(response.body);
    const detail = graphMessage(graphError) ?? `HTTP ${response.status}`;
    const retry = error.kind === "rate_limited" ? (error.retryAfterMs ?? businessUseCaseWaitMs(response.headers) ?? defaultMetaRetryMs) : null;
    throw new ConnectorError(error.kind, plainMessage(error.kind, options, detail), {
      httpStatus: error.httpStatus,
      retryAfterMs: retry,
      platformCode: error.platformCode,
      cause: error,
    });
  }
}

export function graphGet<T>(ctx: Pick<ConnectorContext, "http" | "signal">, url: string, params: Params, options: GraphOptions): Promise<T> {
  return call<T>(ctx, withQuery(url, params), { method: "GET" }, options);
}

export function graphPost<T>(ctx: Pick<ConnectorContext, "http" | "signal">, url: string, params: Params, options: GraphOptions): Promise<T> {
  const form = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined && value !== null) form.set(key, String(value));
  return call<T>(ctx, url, { method: "POST", body: form, headers: { "content-type": "application/x-www-form-urlencoded" } }, options);
}

/** A Graph POST that returned 200 without the id it promised: the call did something we cannot see. */
export function requireId(body: unknown, options: GraphOptions): string {
  const id = body && typeof body === "object" ? (body as { id?: unknown }).id : undefined;
  if (typeof id === "string" && id) return id;
  throw new ConnectorError("unknown", `${options.label} accepted the request but did not return an id.`);
}

/** The number in a Graph insights entry: `values[0].value` (lifetime) or `total_value.value`. */
export function insightValue(entry: { values?: { value?: unknown }[]; total_value?: { value?: unknown } } | undefined): number | undefined {
  const value = entry?.total_value?.value ?? entry?.values?.[0]?.value;
  return typeof value === "number" ? value : undefined;
}

export type InsightsResponse = { data?: { name: string; values?: { value?: unknown }[]; total_value?: { value?: unknown } }[] };

export function insightsByName(response: InsightsResponse): Map<string, number> {
  const out = new Map<string, number>();
  for (const entry of response.data ?? []) {
    const value = insightValue(entry);
    if (value !== undefined) out.set(entry.name, value);
  }
  return out;
}

/** Compare a post's text the way the platform stores it (trimmed, Unix newlines). */
export function sameText(a: string | null | undefined, b: string): boolean {
  return (a ?? "").replace(/\r\n/g, "\n").trim() === b.replace(/\r\n/g, "\n").trim();
}
