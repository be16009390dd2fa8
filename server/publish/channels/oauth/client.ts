import "server-only";

/**
 * The OAuth client to use for a kind: the operator's app from the environment, or for Mastodon
 * an app registered on the member's instance (POST /api/v1/apps) the first time someone
 * connects from it, kept in mastodon_apps with its secret sealed.
 */
import { eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { mastodonApps } from "@/server/db/schema/publish";
import { AppError } from "@/server/errors/app-error";
import { isConnectorError } from "@/server/publish/connectors/errors";
import type { ChannelKind } from "@/server/publish/connectors/kinds";
import { registerMastodonApp } from "@/server/publish/connectors/mastodon/app";
import { secretBox } from "@/server/security/secret-box";
import { perInstanceOAuth } from "../available-channels";
import type { ChannelDeps } from "../deps";

export type OAuthClient = { clientId: string; clientSecret: string };

const secretContext = (instanceUrl: string) => `mastodon_app:${instanceUrl}:client_secret`;

async function mastodonClient(deps: ChannelDeps, instanceUrl: string, redirectUri: string, options: { register: boolean }): Promise<OAuthClient> {
  const [app] = await db.select().from(mastodonApps).where(eq(mastodonApps.instanceUrl, instanceUrl));
  if (app && app.redirectUri === redirectUri) return { clientId: app.clientId, clientSecret: secretBox().open(app.clientSecretSealed, secretContext(instanceUrl)) };
  if (!options.register) throw new AppError("CONFLICT", "This Mastodon server's app registration changed; start connecting again.");
  let registered: OAuthClient;
  try {
    registered = await registerMastodonApp({ http: deps.http, instanceUrl, redirectUri });
  } catch (error) {
    const reason = isConnectorError(error) ? error.message : "it did not answer like a Mastodon server";
    throw new AppError("VALIDATION", `Could not register Loomcast on ${new URL(instanceUrl).host}: ${reason}`, { field: "serviceUrl" });
  }
  const values = { clientId: registered.clientId, clientSecretSealed: secretBox().seal(registered.clientSecret, secretContext(instanceUrl)), redirectUri };
  await db
    .insert(mastodonApps)
    .values({ instanceUrl, ...values })
    .onConflictDoUpdate({ target: mastodonApps.instanceUrl, set: values });
  return registered;
}

/** The client for `kind` (registering on a Mastodon instance when `register` allows it). */
export async function oauthClientFor(
  deps: ChannelDeps,
  kind: ChannelKind,
  serviceUrl: string | null,
  redirectUri: string,
  options: { register: boolean },
): Promise<OAuthClient> {
  if (perInstanceOAuth.has(kind)) {
    if (!serviceUrl) throw new AppError("VALIDATION", "Enter the address of your Mastodon server (for example mastodon.social).", { field: "serviceUrl" });
    return mastodonClient(deps, serviceUrl, redirectUri, options);
  }
  const client = deps.oauthClient(kind);
  if (!client) throw new AppError("VALIDATION", "This network is not set up on this Loomcast server yet (its OAuth app is missing). Ask your administrator.");
  return client;
}
