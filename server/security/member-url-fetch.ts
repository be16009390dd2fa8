import "server-only";

/**
 * The pinned outbound client (outbound-client.ts) for URLs members configure outside the
 * publishing connectors — a workspace's own AI provider base URL. Its time cap is long enough for
 * a model's answer; each attempt's own timeout (the model router's) still applies.
 */
import { createOutboundClient, type OutboundClient } from "./outbound-client";

let client: OutboundClient | undefined;

export function memberUrlFetch(): typeof fetch {
  client ??= createOutboundClient({ timeoutMs: 15 * 60_000 });
  return client;
}
