import "server-only";

/** Every channel kind's connector. */
import { blogConnector } from "./blog/connector";
import { xConnector } from "./x/connector";
import { linkedinConnector } from "./linkedin/connector";
import { facebookConnector } from "./facebook/connector";
import { instagramConnector } from "./instagram/connector";
import { threadsConnector } from "./threads/connector";
import { blueskyConnector } from "./bluesky/connector";
import { mastodonConnector } from "./mastodon/connector";
import { pinterestConnector } from "./pinterest/connector";
import { webhookConnector } from "./webhook/connector";
import type { ChannelKind } from "./kinds";
import type { Connector } from "./types";

export const connectors: Record<ChannelKind, Connector> = { blog: blogConnector, x: xConnector, linkedin: linkedinConnector, facebook: facebookConnector, instagram: instagramConnector, threads: threadsConnector, bluesky: blueskyConnector, mastodon: mastodonConnector, pinterest: pinterestConnector, webhook: webhookConnector };

export function connectorFor(kind: ChannelKind): Connector {
  return connectors[kind];
}
