import "server-only";

/**
 * Every LinkedIn REST call: Bearer auth, the versioned-API headers, LinkedIn's error body
 * ({ status, serviceErrorCode, code, message }) mapped to ConnectorError kinds with plain messages.
 */
import { ConnectorError } from "../errors";
import { requestJson, type Classify, type HttpResult } from "../http";
import type { ConnectorContext, Endpoints } from "../types";

/**
 * The Posts API version sent as LinkedIn-Version. LinkedIn supports each monthly version for
 * a year; operators can move it without a release through PLATFORM_ENDPOINTS {"linkedin.version": "YYYYMM"}.
 */
export const defaultLinkedInVersion = "202606";
const rateLimitFallbackMs = 60_000;

export const linkedinVersion = (endpoints: Endpoints) => endpoints["linkedin.version"] ?? defaultLinkedInVersion;

/** The member URN posts are authored by (channels store it as externalAccountId). */
export function authorUrn(externalAccountId: string): string {
  return externalAccountId.startsWith("urn:li:") ? externalAccountId : `urn:li:person:${externalAccountId}`;
}

export const classifyLinkedIn: Classify = (status, body) => {
  const message = body && typeof body === "object" ? String((body as { message?: unknown }).message ?? "") : "";
  if (status === 422 && /duplicate/i.test(message)) return { kind: "rejected", code: "duplicate", message };
  // Missing permission (e.g. w_member_social not granted): connecting again asks for it.
  if (status === 403) return { kind: "auth", code: "access_denied", message };
  return null;
};

export function plainLinkedInError(error: unknown): unknown {
  if (!(error instanceof ConnectorError)) return error;
  const detail = error.message.replace(/^LinkedIn answered \d+: /, "");
  const message = {
    auth: `LinkedIn no longer accepts Loomcast's access to this account (${detail}): reconnect the channel.`,
    rejected: `LinkedIn refused the post: ${detail}`,
    rate_limited: "LinkedIn's rate limit for this account was reached; Loomcast will try again later.",
    transient: `LinkedIn is having trouble (${detail}); Loomcast will try again.`,
    unknown: `LinkedIn did not confirm the post (${detail}).`,
  }[error.kind];
  // LinkedIn does not say when its limits reset.
  const retryAfterMs = error.kind === "rate_limited" ? (error.retryAfterMs ?? rateLimitFallbackMs) : error.retryAfterMs;
  return new ConnectorError(error.kind, message, { httpStatus: error.httpStatus, retryAfterMs, platformCode: error.platformCode, cause: error });
}

export async function linkedinCall<T>(ctx: Pick<ConnectorContext, "http" | "signal" | "channel" | "endpoints">, path: string, init: RequestInit & { json?: unknown } = {}): Promise<HttpResult<T>> {
  const token = ctx.channel.credentials.accessToken;
  if (!token) throw new ConnectorError("auth", "This LinkedIn channel has no access token: reconnect it.");
  const headers = new Headers(init.headers);
  headers.set("authorization", `Bearer ${token}`);
  headers.set("linkedin-version", linkedinVersion(ctx.endpoints));
  headers.set("x-restli-protocol-version", "2.0.0");
  try {
    return await requestJson<T>(ctx, `${ctx.endpoints["linkedin.api"]}${path}`, { ...init, headers, label: "LinkedIn", classify: classifyLinkedIn });
  } catch (error) {
    throw plainLinkedInError(error);
  }
}
