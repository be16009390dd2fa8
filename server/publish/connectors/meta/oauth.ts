import "server-only";

/**
 * Facebook Login for Facebook Pages and Instagram (no PKCE): the dialog returns a code, which
 * becomes a short-lived user token, exchanged at once for a long-lived (about 60 days) user token.
 * Page access tokens obtained with a long-lived user token do not expire, so the channels keep
 * the page token and never need a refresh.
 */
import { ConnectorError } from "../errors";
import type { Endpoints, OAuthSpec, TokenSet } from "../types";
import { graphGet, withQuery } from "./graph";

type TokenResponse = { access_token?: string; token_type?: string; expires_in?: number };

export function metaGraph(endpoints: Endpoints): string {
  const base = endpoints["meta.graph"];
  if (!base) throw new ConnectorError("transient", "The Facebook Graph API address is not configured.");
  return base;
}

export function metaAuthorizeUrl(scopes: string[]): OAuthSpec["authorizeUrl"] {
  return ({ clientId, redirectUri, state, endpoints }) =>
    withQuery(endpoints["meta.dialog"] ?? "https://www.facebook.com/v21.0/dialog/oauth", {
      client_id: clientId,
      redirect_uri: redirectUri,
      state,
      response_type: "code",
      scope: scopes.join(","),
    });
}

export function metaExchange(label: string): OAuthSpec["exchange"] {
  return async ({ code, redirectUri, clientId, clientSecret, http, endpoints }) => {
    const ctx = { http };
    const url = `${metaGraph(endpoints)}/oauth/access_token`;
    const short = await graphGet<TokenResponse>(ctx, url, { client_id: clientId, client_secret: clientSecret, redirect_uri: redirectUri, code }, { label });
    if (!short.access_token) throw new ConnectorError("auth", `${label} did not return an access token.`);
    const long = await graphGet<TokenResponse>(
      ctx,
      url,
      { grant_type: "fb_exchange_token", client_id: clientId, client_secret: clientSecret, fb_exchange_token: short.access_token },
      { label },
    );
    if (!long.access_token) throw new ConnectorError("auth", `${label} did not return a long-lived access token.`);
    const tokens: TokenSet = { accessToken: long.access_token };
    if (typeof long.expires_in === "number") tokens.expiresAt = Date.now() + long.expires_in * 1000;
    return tokens;
  };
}

/** A Page the user manages, as `GET /me/accounts` lists it. */
export type ManagedPage = {
  id: string;
  name?: string;
  access_token?: string;
  picture?: { data?: { url?: string } };
  instagram_business_account?: { id: string; username?: string; profile_picture_url?: string; name?: string };
};

export async function managedPages(http: typeof fetch, endpoints: Endpoints, token: string, fields: string, label: string): Promise<ManagedPage[]> {
  const body = await graphGet<{ data?: ManagedPage[] }>({ http }, `${metaGraph(endpoints)}/me/accounts`, { fields, limit: 100 }, { label, token });
  return body.data ?? [];
}
