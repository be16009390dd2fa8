import "server-only";

/**
 * Bluesky sessions from an app password: createSession gives an access JWT (short-lived) and a
 * refresh JWT. A call answered `ExpiredToken` refreshes the session (or, if that is refused,
 * creates a new one from the app password) and is retried once; if the app password itself is
 * refused the channel needs reconnecting (ConnectorError "auth").
 * Renewed tokens are written back into `ctx.channel.credentials` so the caller can store them.
 */
import { ConnectorError, isConnectorError } from "../errors";
import type { ConnectorContext, TokenSet } from "../types";
import { serviceOf, xrpc, type Xrpc } from "./xrpc";

export type BlueskySession = { accessJwt: string; refreshJwt: string; did: string; handle: string; expiresAt?: number };

/** Unix ms of a JWT's `exp`, if it has one (the payload is read, not verified: it is our own token from the PDS). */
export function jwtExpiry(jwt: string): number | undefined {
  try {
    const payload = JSON.parse(Buffer.from(jwt.split(".")[1] ?? "", "base64url").toString("utf8")) as { exp?: unknown };
    return typeof payload.exp === "number" ? payload.exp * 1000 : undefined;
  } catch {
    return undefined;
  }
}

function toSession(body: Partial<BlueskySession>): BlueskySession {
  if (!body.accessJwt || !body.refreshJwt || !body.did) throw new ConnectorError("unknown", "Bluesky answered without a session.");
  return { accessJwt: body.accessJwt, refreshJwt: body.refreshJwt, did: body.did, handle: body.handle ?? body.did, expiresAt: jwtExpiry(body.accessJwt) };
}

export async function createBlueskySession(ctx: Xrpc, serviceUrl: string | null, identifier: string, password: string): Promise<BlueskySession> {
  try {
    const res = await xrpc<Partial<BlueskySession>>(ctx, serviceOf(serviceUrl), "com.atproto.server.createSession", { method: "POST", json: { identifier, password } });
    return toSession(res.body);
  } catch (error) {
    if (isConnectorError(error) && (error.kind === "auth" || (error.httpStatus === 400 && error.platformCode !== "RateLimitExceeded"))) {
      throw new ConnectorError("auth", "Bluesky refused the handle or app password. Create a new app password and connect again.", {
        httpStatus: error.httpStatus,
        platformCode: error.platformCode,
        cause: error,
      });
    }
    throw error;
  }
}

export async function refreshBlueskySession(ctx: Xrpc, serviceUrl: string | null, refreshJwt: string): Promise<BlueskySession> {
  const res = await xrpc<Partial<BlueskySession>>(ctx, serviceOf(serviceUrl), "com.atproto.server.refreshSession", { method: "POST", token: refreshJwt });
  return toSession(res.body);
}

function remember(ctx: ConnectorContext, session: BlueskySession): BlueskySession {
  const creds = ctx.channel.credentials;
  creds.accessToken = session.accessJwt;
  creds.refreshToken = session.refreshJwt;
  creds.expiresAt = session.expiresAt;
  return session;
}

/** A fresh session: refresh JWT first, else the app password. */
export async function renewSession(ctx: ConnectorContext): Promise<BlueskySession> {
  const { refreshToken, identifier, appPassword } = ctx.channel.credentials;
  if (refreshToken) {
    try {
      return remember(ctx, await refreshBlueskySession(ctx, ctx.channel.serviceUrl, refreshToken));
    } catch (error) {
      if (!isConnectorError(error) || error.kind !== "auth") throw error;
    }
  }
  if (!identifier || !appPassword) throw new ConnectorError("auth", "This Bluesky channel has no app password stored; connect it again.");
  return remember(ctx, await createBlueskySession(ctx, ctx.channel.serviceUrl, identifier, appPassword));
}

export function tokenSetOf(session: BlueskySession): TokenSet {
  return { accessToken: session.accessJwt, refreshToken: session.refreshJwt, expiresAt: session.expiresAt };
}

/** Runs `call` with the access JWT; on an expired or refused token, renews the session and retries once. */
export async function withSession<T>(ctx: ConnectorContext, call: (accessJwt: string, did: string) => Promise<T>): Promise<T> {
  const did = ctx.channel.externalAccountId;
  const { accessToken } = ctx.channel.credentials;
  if (!accessToken) return call((await renewSession(ctx)).accessJwt, did);
  try {
    return await call(accessToken, did);
  } catch (error) {
    if (!isConnectorError(error) || error.kind !== "auth") throw error;
    const session = await renewSession(ctx);
    return call(session.accessJwt, did);
  }
}
