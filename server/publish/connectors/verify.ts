import "server-only";

/**
 * Connector.verify implementations: one cheap authenticated read per platform, with the stored
 * token, that fails with ConnectorError("auth") when the platform no longer accepts it.
 */
import { withSession } from "./bluesky/session";
import { serviceOf, xrpc } from "./bluesky/xrpc";
import { accessTokenOf } from "./meta/channel";
import { graphGet } from "./meta/graph";
import { metaGraph } from "./meta/oauth";
import type { ConnectorContext, OAuthSpec } from "./types";

/** OAuth platforms: the profile ("me") call the connect flow makes. */
export function verifyWithProfile(oauth: OAuthSpec): (ctx: ConnectorContext) => Promise<void> {
  return async (ctx) => {
    await oauth.profile({
      tokens: { accessToken: ctx.channel.credentials.accessToken ?? "" },
      serviceUrl: ctx.channel.serviceUrl ?? undefined,
      http: ctx.http,
      endpoints: ctx.endpoints,
    });
  };
}

/** Facebook Pages and Instagram accounts: read the Page / IG user with the page token. */
export function verifyGraphAccount(label: string): (ctx: ConnectorContext) => Promise<void> {
  return async (ctx) => {
    await graphGet(ctx, `${metaGraph(ctx.endpoints)}/${ctx.channel.externalAccountId}`, { fields: "id" }, { label, token: accessTokenOf(ctx, label) });
  };
}

/** Bluesky: the account's profile with the session (renewed from the app password when refused). */
export async function verifyBlueskySession(ctx: ConnectorContext): Promise<void> {
  await withSession(ctx, (jwt, did) => xrpc(ctx, serviceOf(ctx.channel.serviceUrl), "app.bsky.actor.getProfile", { query: { actor: did }, token: jwt }));
}
