import "server-only";

/**
 * Opens a channel's credentials, refreshing its access token first when it expires within five
 * minutes (or when `force`, after the platform refused it). The channel row is locked while
 * refreshing so two jobs never spend the same (rotating) refresh token.
 */
import { and, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { transaction } from "@/server/db/transaction";
import { channels } from "@/server/db/schema";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { oauthClient, platformEndpoints } from "@/server/publish/connectors/endpoints";
import { connectorHttp } from "@/server/publish/connectors/outbound";
import { connectorFor } from "@/server/publish/connectors/registry";
import type { ChannelContext, ChannelCredentials } from "@/server/publish/connectors/types";
import { openCredentials, sealCredentials } from "../channels/credentials";

const marginMs = 5 * 60_000;
type ChannelRow = typeof channels.$inferSelect;

export function channelContext(channel: ChannelRow, credentials: ChannelCredentials): ChannelContext {
  return { id: channel.id, kind: channel.kind, externalAccountId: channel.externalAccountId, handle: channel.handle, serviceUrl: channel.serviceUrl, credentials };
}

export async function freshCredentials(channel: ChannelRow, options: { force?: boolean; http?: typeof fetch; now?: number } = {}): Promise<ChannelCredentials> {
  const now = options.now ?? Date.now();
  const current = openCredentials(channel.id, channel.credentialsSealed);
  const connector = connectorFor(channel.kind);
  const expiring = current.expiresAt !== undefined && current.expiresAt - now < marginMs;
  // Most platforms refresh with a refresh token; Threads refreshes a still-valid access token.
  if (!connector.refresh || (!current.refreshToken && !current.accessToken) || (!expiring && !options.force)) return current;
  const client = oauthClient(channel.kind) ?? { clientId: "", clientSecret: "" };
  return transaction(async ({ tx }) => {
    const [locked] = await tx.select().from(channels).where(and(eq(channels.workspaceId, channel.workspaceId), eq(channels.id, channel.id))).for("update");
    if (!locked) throw new ConnectorError("auth", "The channel was disconnected.");
    const latest = openCredentials(locked.id, locked.credentialsSealed);
    // Someone refreshed while we waited for the lock.
    if (latest.accessToken !== current.accessToken && latest.expiresAt !== undefined && latest.expiresAt - now >= marginMs) return latest;
    const tokens = await connector.refresh!({ channel: channelContext(locked, latest), http: options.http ?? connectorHttp(), endpoints: platformEndpoints() }, client);
    const next: ChannelCredentials = { ...latest, accessToken: tokens.accessToken, refreshToken: tokens.refreshToken ?? latest.refreshToken, expiresAt: tokens.expiresAt };
    await tx
      .update(channels)
      .set({ credentialsSealed: sealCredentials(locked.id, next), tokenExpiresAt: tokens.expiresAt ? new Date(tokens.expiresAt) : null })
      .where(and(eq(channels.workspaceId, locked.workspaceId), eq(channels.id, locked.id)));
    return next;
  });
}

/** Saves credentials a connector renewed during a call (e.g. a new Bluesky session), if they changed. */
export async function persistIfRenewed(channel: ChannelRow, before: string, after: ChannelCredentials): Promise<void> {
  if (JSON.stringify(after) === before) return;
  await db
    .update(channels)
    .set({ credentialsSealed: sealCredentials(channel.id, after) })
    .where(and(eq(channels.workspaceId, channel.workspaceId), eq(channels.id, channel.id)));
}
