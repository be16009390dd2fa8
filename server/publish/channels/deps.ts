import "server-only";

/**
 * What channel services reach outside the database: HTTP, the platforms' base URLs, our public
 * URL (for OAuth redirects) and the operator's OAuth apps. Defaults are the real ones; tests pass
 * a local platform server's endpoints instead (no test-only branches in the services).
 */
import { env } from "@/env";
import { oauthClient, platformEndpoints } from "@/server/publish/connectors/endpoints";
import { connectorHttp } from "@/server/publish/connectors/outbound";
import type { Endpoints } from "@/server/publish/connectors/types";

export type ChannelDeps = {
  http: typeof fetch;
  endpoints: Endpoints;
  appUrl: string;
  oauthClient: (kind: string) => { clientId: string; clientSecret: string } | null;
};

export function defaultChannelDeps(): ChannelDeps {
  return { http: connectorHttp(), endpoints: platformEndpoints(), appUrl: env.APP_URL, oauthClient };
}

export const oauthCallbackPath = "/api/channels/oauth/callback";

export function redirectUriOf(deps: Pick<ChannelDeps, "appUrl">): string {
  return `${deps.appUrl.replace(/\/+$/, "")}${oauthCallbackPath}`;
}
