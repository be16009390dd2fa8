import "server-only";

/** Mastodon OAuth 2 with PKCE (S256) against the channel's own instance; tokens do not expire. */
import { ConnectorError } from "../errors";
import { requestJson } from "../http";
import type { OAuthSpec } from "../types";
import { instanceBase, plainMastodonError } from "./api";
import { mastodonScopes } from "./app";

type Account = { id: string; username: string; acct: string; display_name?: string; avatar?: string; url?: string };

export const mastodonOAuth: OAuthSpec = {
  pkce: true,
  scopes: mastodonScopes,
  authorizeUrl({ clientId, redirectUri, state, codeChallenge, serviceUrl }) {
    const url = new URL(`${instanceBase(serviceUrl)}/oauth/authorize`);
    url.search = new URLSearchParams({
      response_type: "code",
      client_id: clientId,
      redirect_uri: redirectUri,
      scope: mastodonScopes.join(" "),
      state,
      ...(codeChallenge ? { code_challenge: codeChallenge, code_challenge_method: "S256" } : {}),
    }).toString();
    return url.toString();
  },
  async exchange({ code, codeVerifier, redirectUri, clientId, clientSecret, serviceUrl, http }) {
    try {
      const res = await requestJson<{ access_token?: string; scope?: string }>({ http }, `${instanceBase(serviceUrl)}/oauth/token`, {
        method: "POST",
        body: new URLSearchParams({
          grant_type: "authorization_code",
          code,
          client_id: clientId,
          client_secret: clientSecret,
          redirect_uri: redirectUri,
          scope: mastodonScopes.join(" "),
          ...(codeVerifier ? { code_verifier: codeVerifier } : {}),
        }),
        label: "Mastodon",
        // invalid_grant (400) / invalid_client (401): the code or app is not accepted.
        classify: (status) => (status === 400 || status === 401 ? { kind: "auth" } : null),
      });
      if (!res.body.access_token) throw new ConnectorError("unknown", "The Mastodon instance answered the token request without an access token.");
      return { accessToken: res.body.access_token, scopes: res.body.scope };
    } catch (error) {
      throw plainMastodonError(error);
    }
  },
  async profile({ tokens, serviceUrl, http }) {
    const base = instanceBase(serviceUrl);
    try {
      const res = await requestJson<Account>({ http }, `${base}/api/v1/accounts/verify_credentials`, { headers: { authorization: `Bearer ${tokens.accessToken}` }, label: "Mastodon" });
      const account = res.body;
      if (!account?.id) throw new ConnectorError("unknown", "The Mastodon instance did not say which account the token belongs to.");
      return {
        profile: {
          externalAccountId: account.id,
          name: account.display_name || account.username,
          handle: `@${account.username}@${new URL(base).host}`,
          avatarUrl: account.avatar ?? null,
        },
      };
    } catch (error) {
      throw plainMastodonError(error);
    }
  },
};
