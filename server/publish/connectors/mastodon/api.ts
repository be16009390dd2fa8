import "server-only";

/** Every Mastodon API call: the instance from the channel's service URL, Bearer auth, plain errors. */
import { ConnectorError } from "../errors";
import { requestJson, type Classify, type HttpResult } from "../http";
import type { ConnectorContext } from "../types";

/** `https://social.example/` or `https://social.example/@me` → `https://social.example`. */
export function instanceBase(serviceUrl: string | null | undefined): string {
  if (!serviceUrl) throw new ConnectorError("auth", "This Mastodon channel has no instance address: reconnect it.");
  return new URL(serviceUrl).origin;
}

export const classifyMastodon: Classify = (status, body) => {
  const error = body && typeof body === "object" ? String((body as { error?: unknown }).error ?? "") : "";
  // A token without the needed scope: reconnecting grants it again.
  if (status === 403 && /scope/i.test(error)) return { kind: "auth", message: error };
  return null;
};

export function plainMastodonError(error: unknown): unknown {
  if (!(error instanceof ConnectorError)) return error;
  const detail = error.message.replace(/^Mastodon answered \d+: /, "");
  const message = {
    auth: "The Mastodon instance no longer accepts Loomcast's access to this account: reconnect the channel.",
    rejected: `Mastodon refused the post: ${detail}`,
    rate_limited: "The Mastodon instance's rate limit for this account was reached; Loomcast will try again when it resets.",
    transient: `The Mastodon instance is having trouble (${detail}); Loomcast will try again.`,
    unknown: `The Mastodon instance did not confirm the post (${detail}).`,
  }[error.kind];
  return new ConnectorError(error.kind, message, { httpStatus: error.httpStatus, retryAfterMs: error.retryAfterMs, platformCode: error.platformCode, cause: error });
}

export async function mastodonCall<T>(ctx: Pick<ConnectorContext, "http" | "signal" | "channel">, path: string, init: RequestInit & { json?: unknown } = {}): Promise<HttpResult<T>> {
  const token = ctx.channel.credentials.accessToken;
  if (!token) throw new ConnectorError("auth", "This Mastodon channel has no access token: reconnect it.");
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  try {
    return await requestJson<T>(ctx, `${instanceBase(ctx.channel.serviceUrl)}${path}`, { ...init, headers, label: "Mastodon", classify: classifyMastodon });
  } catch (error) {
    throw plainMastodonError(error);
  }
}
