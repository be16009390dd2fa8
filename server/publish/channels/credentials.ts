import "server-only";

/**
 * A channel's secrets as one JSON document, sealed with AES-256-GCM and bound to the channel's
 * id (a ciphertext copied to another channel does not open). Never logged.
 */
import { secretBox } from "@/server/security/secret-box";
import type { ChannelCredentials } from "@/server/publish/connectors/types";

const context = (channelId: string) => `channel:${channelId}:credentials`;

export function sealCredentials(channelId: string, credentials: ChannelCredentials): string {
  return secretBox().seal(JSON.stringify(credentials), context(channelId));
}

export function openCredentials(channelId: string, sealed: string | null): ChannelCredentials {
  if (!sealed) return {};
  return JSON.parse(secretBox().open(sealed, context(channelId))) as ChannelCredentials;
}
