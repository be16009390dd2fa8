import "server-only";
import { channelKinds, type ChannelKind } from "@/server/publish/connectors/kinds";
import { connectorFor } from "@/server/publish/connectors/registry";
import type { Connector } from "@/server/publish/connectors/types";
import { defaultChannelDeps, type ChannelDeps } from "./deps";

export type AvailableChannel = {
  kind: ChannelKind;
  label: string;
  auth: Connector["auth"];
  /** False when the operator has not set up the platform's OAuth app (or the connector is not ready). */
  configured: boolean;
  needsServiceUrl: boolean;
  threads: boolean;
  media: Connector["media"];
};

/** Mastodon registers an app on each instance on demand, so it needs no operator setup. */
export const perInstanceOAuth = new Set<ChannelKind>(["mastodon"]);

export function isConfigured(connector: Connector, deps: Pick<ChannelDeps, "oauthClient">): boolean {
  if (connector.auth !== "oauth2") return true;
  if (!connector.oauth) return false;
  return perInstanceOAuth.has(connector.kind) || deps.oauthClient(connector.kind) !== null;
}

/** Every kind a member can connect (not the built-in blog), with whether it can be connected here. */
export function availableChannels(deps: Pick<ChannelDeps, "oauthClient"> = defaultChannelDeps()): AvailableChannel[] {
  return channelKinds
    .filter((kind) => kind !== "blog")
    .map((kind) => {
      const connector = connectorFor(kind);
      return {
        kind,
        label: connector.label,
        auth: connector.auth,
        configured: isConfigured(connector, deps),
        needsServiceUrl: perInstanceOAuth.has(kind),
        threads: connector.threads,
        media: connector.media,
      };
    });
}
