import "server-only";

/**
 * Threads login (no PKCE): the code becomes a short-lived token (`POST /oauth/access_token`),
 * exchanged at once for a long-lived one (60 days, `GET /access_token?grant_type=th_exchange_token`)
 * which refreshes itself (`GET /refresh_access_token?grant_type=th_refresh_token`) while valid.
 * There is no separate refresh token: refreshing needs the current, unexpired access token.
 */
import { ConnectorError } from "../errors";
import type { ConnectorContext, Endpoints, OAuthSpec, TokenSet } from "../types";
import { graphGet, graphPost, withQuery } from "../meta/graph";

const label = "Threads";
export const threadsScopes = ["threads_basic", "threads_content_publish", "threads_manage_insights"];

type TokenResponse = { access_token?: string; user_id?: string | number; token_type?: string; expires_in?: number };

export function threadsGraph(endpoints: Endpoints): string {
  const base = endpoints["threads.graph"];
  if (!base) throw new ConnectorError("transient", "The Threads API address is not configured.");
  return base;
}

function tokenSet(body: TokenResponse, what: string): TokenSet {
  if (!body.access_token) throw new ConnectorError("auth", `Threads did not return ${what}.`);
  const tokens: TokenSet = { accessToken: body.access_token };
  if (typeof body.expires_in === "number") tokens.expiresAt = Date.now() + body.expires_in * 1000;
  return tokens;
}

export const threadsOAuth: OAuthSpec = {
  pkce: false,
  scopes: threadsScopes,
  authorizeUrl: ({ clientId, redirectUri, state, endpoints }) =>
    withQuery(endpoints["threads.authorize"] ?? "https://threads.net/oauth/authorize", {
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: threadsScopes.join(","),
      response_type: "code",
      state,
    }),
  async exchange({ code, redirectUri, clientId, clientSecret, http, endpoints }) {
    const graph = threadsGraph(endpoints);
    const params = { client_id: clientId, client_secret: clientSecret, grant_type: "authorization_code", redirect_uri: redirectUri, code };
    const short = await graphPost<TokenResponse>({ http }, `${graph}/oauth/access_token`, params, { label });
    const shortToken = tokenSet(short, "an access token").accessToken;
    const long = await graphGet<TokenResponse>({ http }, `${graph}/access_token`, { grant_type: "th_exchange_token", client_secret: clientSecret, access_token: shortToken }, { label });
    return tokenSet(long, "a long-lived access token");
  },
  async profile({ tokens, http, endpoints }) {
    const me = await graphGet<{ id?: string; username?: string; name?: string; threads_profile_picture_url?: string }>(
      { http },
      `${threadsGraph(endpoints)}/me`,
      { fields: "id,username,name,threads_profile_picture_url" },
      { label, token: tokens.accessToken },
    );
    if (!me.id) throw new ConnectorError("auth", "Threads did not say which account the token belongs to.");
    return { profile: { externalAccountId: me.id, name: me.name || me.username || `Threads ${me.id}`, handle: me.username ?? null, avatarUrl: me.threads_profile_picture_url ?? null } };
  },
};

/** Extends the long-lived token by another 60 days; a refused refresh means reconnecting. */
export async function refreshThreadsToken(ctx: ConnectorContext): Promise<TokenSet> {
  const current = ctx.channel.credentials.accessToken;
  if (!current) throw new ConnectorError("auth", "The Threads channel has no access token. Reconnect the channel.");
  try {
    const body = await graphGet<TokenResponse>(ctx, `${threadsGraph(ctx.endpoints)}/refresh_access_token`, { grant_type: "th_refresh_token", access_token: current }, { label });
    return tokenSet(body, "a refreshed access token");
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === "rejected") {
      throw new ConnectorError("auth", `Threads refused to renew access (${error.message}). Reconnect the channel.`, { httpStatus: error.httpStatus, platformCode: error.platformCode, cause: error });
    }
    throw error;
  }
}
