import "server-only";

/**
 * Pinterest OAuth (no PKCE): `POST /oauth/token` with HTTP Basic client credentials and a form body
 * (grant_type authorization_code or refresh_token). Access tokens last 30 days, refresh tokens a
 * year. The channel posts to one board: the first of the account's boards, kept in
 * credentials.extra.boardId.
 */
import { ConnectorError } from "../errors";
import { withQuery } from "../meta/graph";
import type { ConnectorContext, OAuthSpec, TokenSet } from "../types";
import { label, pinterestApi, pinterestCall } from "./api";

export const pinterestScopes = ["boards:read", "pins:read", "pins:write", "user_accounts:read"];

type TokenResponse = { access_token?: string; refresh_token?: string; expires_in?: number; scope?: string };

function tokenSet(body: TokenResponse, previousRefresh?: string): TokenSet {
  if (!body.access_token) throw new ConnectorError("auth", "Pinterest did not return an access token.");
  const tokens: TokenSet = { accessToken: body.access_token, refreshToken: body.refresh_token ?? previousRefresh };
  if (typeof body.expires_in === "number") tokens.expiresAt = Date.now() + body.expires_in * 1000;
  if (body.scope) tokens.scopes = body.scope;
  return tokens;
}

type UserAccount = { id?: string; username?: string; business_name?: string; profile_image?: string };
type Board = { id: string; name?: string };

export const pinterestOAuth: OAuthSpec = {
  pkce: false,
  scopes: pinterestScopes,
  authorizeUrl: ({ clientId, redirectUri, state, endpoints }) =>
    withQuery(endpoints["pinterest.authorize"] ?? "https://www.pinterest.com/oauth/", {
      client_id: clientId,
      redirect_uri: redirectUri,
      response_type: "code",
      scope: pinterestScopes.join(","),
      state,
    }),
  async exchange({ code, redirectUri, clientId, clientSecret, http, endpoints }) {
    const body = new URLSearchParams({ grant_type: "authorization_code", code, redirect_uri: redirectUri });
    return tokenSet(await pinterestCall<TokenResponse>({ http }, `${pinterestApi(endpoints)}/oauth/token`, { method: "POST", body, basic: { clientId, clientSecret } }));
  },
  async profile({ tokens, http, endpoints }) {
    const api = pinterestApi(endpoints);
    const user = await pinterestCall<UserAccount>({ http }, `${api}/user_account`, { token: tokens.accessToken });
    const boards = await pinterestCall<{ items?: Board[] }>({ http }, withQuery(`${api}/boards`, { page_size: 25 }), { token: tokens.accessToken });
    const board = boards.items?.[0];
    if (!board) throw new ConnectorError("rejected", "This Pinterest account has no board. Create a board on Pinterest, then connect again.");
    const id = user.id ?? user.username;
    if (!id) throw new ConnectorError("auth", "Pinterest did not say which account the token belongs to.");
    return {
      profile: { externalAccountId: id, name: user.business_name || user.username || id, handle: user.username ?? null, avatarUrl: user.profile_image ?? null },
      credentials: { extra: { boardId: board.id, boardName: board.name ?? "" } },
    };
  },
};

export async function refreshPinterestToken(ctx: ConnectorContext, client: { clientId: string; clientSecret: string }): Promise<TokenSet> {
  const refreshToken = ctx.channel.credentials.refreshToken;
  if (!refreshToken) throw new ConnectorError("auth", "The Pinterest channel has no refresh token. Reconnect the channel.");
  const body = new URLSearchParams({ grant_type: "refresh_token", refresh_token: refreshToken });
  try {
    return tokenSet(await pinterestCall<TokenResponse>(ctx, `${pinterestApi(ctx.endpoints)}/oauth/token`, { method: "POST", body, basic: client }), refreshToken);
  } catch (error) {
    if (error instanceof ConnectorError && error.kind === "rejected") {
      throw new ConnectorError("auth", `${label} refused to renew access (${error.message}). Reconnect the channel.`, { httpStatus: error.httpStatus, platformCode: error.platformCode, cause: error });
    }
    throw error;
  }
}
