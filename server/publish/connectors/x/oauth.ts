import "server-only";

/**
 * X OAuth 2.0 authorization code with PKCE (S256) for a confidential client: the token endpoint
 * takes HTTP Basic client credentials. Access tokens last 2 hours; `offline.access` gives a
 * refresh token, which X rotates on every refresh.
 */
import { ConnectorError } from "../errors";
import { requestJson } from "../http";
import type { ConnectorContext, OAuthSpec, TokenSet } from "../types";
import { plainXError } from "./api";

export const xScopes = ["tweet.read", "tweet.write", "users.read", "offline.access", "media.write"];

type TokenResponse = { access_token: string; refresh_token?: string; expires_in?: number; scope?: string };

const basic = (clientId: string, clientSecret: string) => `Basic ${Buffer.from(`${encodeURIComponent(clientId)}:${encodeURIComponent(clientSecret)}`).toString("base64")}`;

function toTokenSet(body: TokenResponse): TokenSet {
  if (!body?.access_token) throw new ConnectorError("unknown", "X answered the token request without an access token.");
  return {
    accessToken: body.access_token,
    refreshToken: body.refresh_token,
    expiresAt: body.expires_in ? Date.now() + body.expires_in * 1000 : undefined,
    scopes: body.scope,
  };
}

async function tokenRequest(ctx: Pick<ConnectorContext, "http" | "signal">, apiBase: string, client: { clientId: string; clientSecret: string }, form: Record<string, string>) {
  try {
    const res = await requestJson<TokenResponse>(ctx, `${apiBase}/2/oauth2/token`, {
      method: "POST",
      headers: { authorization: basic(client.clientId, client.clientSecret) },
      body: new URLSearchParams({ ...form, client_id: client.clientId }),
      label: "X",
      // A refused code or refresh token comes back as 400 invalid_request: the grant is gone.
      classify: (status) => (status === 400 || status === 401 ? { kind: "auth" } : null),
    });
    return toTokenSet(res.body);
  } catch (error) {
    throw plainXError(error);
  }
}

export const xOAuth: OAuthSpec = {
  pkce: true,
  scopes: xScopes,
  authorizeUrl({ clientId, redirectUri, state, codeChallenge, endpoints }) {
    if (!codeChallenge) throw new Error("X requires a PKCE code challenge.");
    const url = new URL(endpoints["x.authorize"]!);
    url.search = new URLSearchParams({
      response_type: "code",
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: xScopes.join(" "),
      state,
      code_challenge: codeChallenge,
      code_challenge_method: "S256",
    }).toString();
    return url.toString();
  },
  exchange({ code, codeVerifier, redirectUri, clientId, clientSecret, http, endpoints }) {
    if (!codeVerifier) throw new Error("X requires the PKCE code verifier.");
    return tokenRequest({ http }, endpoints["x.api"]!, { clientId, clientSecret }, { grant_type: "authorization_code", code, redirect_uri: redirectUri, code_verifier: codeVerifier });
  },
  async profile({ tokens, http, endpoints }) {
    try {
      const res = await requestJson<{ data?: { id: string; name: string; username: string; profile_image_url?: string } }>({ http }, `${endpoints["x.api"]}/2/users/me?user.fields=profile_image_url`, {
        headers: { authorization: `Bearer ${tokens.accessToken}` },
        label: "X",
      });
      const user = res.body.data;
      if (!user?.id) throw new ConnectorError("unknown", "X did not say which account the tokens belong to.");
      return { profile: { externalAccountId: user.id, name: user.name, handle: user.username, avatarUrl: user.profile_image_url ?? null } };
    } catch (error) {
      throw plainXError(error);
    }
  },
};

export async function refreshX(ctx: ConnectorContext, client: { clientId: string; clientSecret: string }): Promise<TokenSet> {
  const refreshToken = ctx.channel.credentials.refreshToken;
  if (!refreshToken) throw new ConnectorError("auth", "This X channel has no refresh token: reconnect it.");
  const tokens = await tokenRequest(ctx, ctx.endpoints["x.api"]!, client, { grant_type: "refresh_token", refresh_token: refreshToken });
  return { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
}
