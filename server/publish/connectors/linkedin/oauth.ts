import "server-only";

/**
 * LinkedIn OAuth 2 (authorization code, no PKCE for web apps): client credentials in the form
 * body. Access tokens last 60 days; apps with programmatic refresh also get a refresh token.
 */
import { ConnectorError } from "../errors";
import { requestJson } from "../http";
import type { ConnectorContext, OAuthSpec, TokenSet } from "../types";
import { plainLinkedInError } from "./api";

export const linkedinScopes = ["openid", "profile", "w_member_social"];

type TokenResponse = { access_token?: string; expires_in?: number; refresh_token?: string; scope?: string };

async function tokenRequest(ctx: Pick<ConnectorContext, "http" | "signal">, oauthBase: string, form: Record<string, string>): Promise<TokenSet> {
  try {
    const res = await requestJson<TokenResponse>(ctx, `${oauthBase}/accessToken`, {
      method: "POST",
      body: new URLSearchParams(form),
      label: "LinkedIn",
      // invalid_request / invalid_grant (400), invalid_client (401): the grant is not accepted.
      classify: (status) => (status === 400 || status === 401 ? { kind: "auth" } : null),
    });
    const body = res.body;
    if (!body.access_token) throw new ConnectorError("unknown", "LinkedIn answered the token request without an access token.");
    return { accessToken: body.access_token, refreshToken: body.refresh_token, expiresAt: body.expires_in ? Date.now() + body.expires_in * 1000 : undefined, scopes: body.scope };
  } catch (error) {
    throw plainLinkedInError(error);
  }
}

export const linkedinOAuth: OAuthSpec = {
  pkce: false,
  scopes: linkedinScopes,
  authorizeUrl({ clientId, redirectUri, state, endpoints }) {
    const url = new URL(`${endpoints["linkedin.oauth"]}/authorization`);
    url.search = new URLSearchParams({ response_type: "code", client_id: clientId, redirect_uri: redirectUri, state, scope: linkedinScopes.join(" ") }).toString();
    return url.toString();
  },
  exchange({ code, redirectUri, clientId, clientSecret, http, endpoints }) {
    return tokenRequest({ http }, endpoints["linkedin.oauth"]!, { grant_type: "authorization_code", code, redirect_uri: redirectUri, client_id: clientId, client_secret: clientSecret });
  },
  async profile({ tokens, http, endpoints }) {
    try {
      const res = await requestJson<{ sub?: string; name?: string; picture?: string }>({ http }, `${endpoints["linkedin.api"]}/v2/userinfo`, {
        headers: { authorization: `Bearer ${tokens.accessToken}` },
        label: "LinkedIn",
      });
      const { sub, name, picture } = res.body;
      if (!sub) throw new ConnectorError("unknown", "LinkedIn did not say which member the token belongs to.");
      return { profile: { externalAccountId: `urn:li:person:${sub}`, name: name ?? "LinkedIn member", handle: null, avatarUrl: picture ?? null } };
    } catch (error) {
      throw plainLinkedInError(error);
    }
  },
};

/**
 * Refreshes with the refresh token where LinkedIn issued one. Without one, the access token is
 * kept while it is valid; once expired the member has to connect again.
 */
export async function refreshLinkedIn(ctx: ConnectorContext, client: { clientId: string; clientSecret: string }): Promise<TokenSet> {
  const { accessToken, refreshToken, expiresAt } = ctx.channel.credentials;
  if (!refreshToken) {
    if (accessToken && expiresAt && expiresAt > Date.now()) return { accessToken, expiresAt };
    throw new ConnectorError("auth", "LinkedIn access expires after 60 days and this one has: reconnect the channel.");
  }
  const tokens = await tokenRequest(ctx, ctx.endpoints["linkedin.oauth"]!, { grant_type: "refresh_token", refresh_token: refreshToken, client_id: client.clientId, client_secret: client.clientSecret });
  return { ...tokens, refreshToken: tokens.refreshToken ?? refreshToken };
}
