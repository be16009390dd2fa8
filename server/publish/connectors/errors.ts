import "server-only";

/**
 * Why a platform call failed, in the terms the publish workflow acts on:
 * - transient: try again later with backoff (5xx, network error, timeout before sending);
 * - rate_limited: try again after `retryAfterMs` (429 and platform-specific limit codes);
 * - auth: the token is revoked/expired beyond refresh → channel needs reconnect (permanent);
 * - rejected: the platform refused this content (duplicate, too long, bad media) (permanent);
 * - unknown: the request may have reached the platform (timeout/connection reset after
 *   sending) → findExisting before trying again.
 */
export type ConnectorErrorKind = "transient" | "rate_limited" | "auth" | "rejected" | "unknown";

export class ConnectorError extends Error {
  readonly kind: ConnectorErrorKind;
  readonly httpStatus: number | null;
  readonly retryAfterMs: number | null;
  readonly platformCode: string | null;

  constructor(kind: ConnectorErrorKind, message: string, options: { httpStatus?: number | null; retryAfterMs?: number | null; platformCode?: string | null; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.name = "ConnectorError";
    this.kind = kind;
    this.httpStatus = options.httpStatus ?? null;
    this.retryAfterMs = options.retryAfterMs ?? null;
    this.platformCode = options.platformCode ?? null;
  }

  get permanent(): boolean {
    return this.kind === "auth" || this.kind === "rejected";
  }
}

export function isConnectorError(error: unknown): error is ConnectorError {
  return error instanceof ConnectorError;
}
