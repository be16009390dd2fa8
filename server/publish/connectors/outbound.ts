import "server-only";

/**
 * The HTTP client every connector call goes through (`ctx.http`). Connectors reach member-given
 * URLs — webhook receivers, Mastodon instances, Bluesky servers, image URLs — so their calls use
 * the pinned outbound client; the platform endpoints the operator configured (PLATFORM_ENDPOINTS,
 * e.g. an egress proxy on the LAN) are trusted hosts it does not check.
 */
import { createOutboundClient, type OutboundClient } from "@/server/security/outbound-client";
import { policyFromEnv } from "@/server/security/outbound-policy";
import { platformEndpoints } from "./endpoints";

let client: OutboundClient | undefined;

export function connectorHttp(): typeof fetch {
  client ??= createOutboundClient({
    policy: { ...policyFromEnv(), trustedHosts: new Set(Object.values(platformEndpoints()).map((url) => new URL(url).hostname.replace(/^\[|\]$/g, "").toLowerCase())) },
  });
  return client;
}
