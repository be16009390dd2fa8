import "server-only";

/**
 * Every X API v2 call: Bearer auth, X's problem-details errors mapped to ConnectorError kinds,
 * and messages a member can act on.
 */
import { ConnectorError } from "../errors";
import { requestJson, type Classify, type HttpResult } from "../http";
import type { ConnectorContext } from "../types";

type ProblemBody = { title?: string; detail?: string; type?: string; reason?: string; errors?: { message?: string; detail?: string }[] };

export const classifyX: Classify = (status, body) => {
  const problem = (body && typeof body === "object" ? body : {}) as ProblemBody;
  const detail = problem.detail ?? problem.errors?.[0]?.message ?? problem.errors?.[0]?.detail ?? problem.title;
  if (status === 403 && /duplicate/i.test(detail ?? "")) return { kind: "rejected", code: "duplicate", message: "it is the same as a post already on this account" };
  if (status === 403 && (problem.reason === "client-not-enrolled" || /client-forbidden/.test(problem.type ?? ""))) {
    return { kind: "rejected", code: "client-forbidden", message: "the Loomcast X app is not allowed to post (check its X developer project)" };
  }
  return null;
};

/** Rewrites "X answered 403: …" into what happened and what to do. */
export function plainXError(error: unknown): unknown {
  if (!(error instanceof ConnectorError)) return error;
  const detail = error.message.replace(/^X answered \d+: /, "");
  const message = {
    auth: "X no longer accepts Loomcast's access to this account: reconnect the channel.",
    rejected: `X refused the post: ${detail}`,
    rate_limited: "X's rate limit for this account was reached; Loomcast will try again when it resets.",
    transient: `X is having trouble (${detail}); Loomcast will try again.`,
    unknown: `X did not confirm the post (${detail}).`,
  }[error.kind];
  return new ConnectorError(error.kind, message, { httpStatus: error.httpStatus, retryAfterMs: error.retryAfterMs, platformCode: error.platformCode, cause: error });
}

export async function xCall<T>(ctx: Pick<ConnectorContext, "http" | "signal" | "channel">, url: string, init: RequestInit & { json?: unknown } = {}): Promise<HttpResult<T>> {
  const token = ctx.channel.credentials.accessToken;
  if (!token) throw new ConnectorError("auth", "This X channel has no access token: reconnect it.");
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  try {
    return await requestJson<T>(ctx, url, { ...init, headers, label: "X", classify: classifyX });
  } catch (error) {
    throw plainXError(error);
  }
}
