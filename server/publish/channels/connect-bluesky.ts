import "server-only";

/**
 * Connects a Bluesky account with an app password on any PDS: the password is checked by
 * creating a session (com.atproto.server.createSession), then stored sealed with the session's
 * tokens. The display name and avatar come from the profile when the PDS answers for it.
 */
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { logger } from "@/server/log/logger";
import { isConnectorError } from "@/server/publish/connectors/errors";
import { createBlueskySession, type BlueskySession } from "@/server/publish/connectors/bluesky/session";
import { serviceOf, xrpc } from "@/server/publish/connectors/bluesky/xrpc";
import { assertPublicUrl } from "@/server/security/outbound-url";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import type { ChannelView } from "./channel-view";
import { defaultChannelDeps, type ChannelDeps } from "./deps";
import { saveConnectedChannel } from "./save-channel";
import type { ConnectBlueskyInput } from "./schemas";

async function profileOf(deps: ChannelDeps, service: string, session: BlueskySession) {
  try {
    const res = await xrpc<{ displayName?: string; avatar?: string }>(deps, service, "app.bsky.actor.getProfile", { token: session.accessJwt, query: { actor: session.did } });
    return { displayName: res.body.displayName?.trim() || null, avatar: res.body.avatar ?? null };
  } catch (error) {
    logger.info("bluesky profile unavailable at connect", { error: error instanceof Error ? error.message : String(error) });
    return { displayName: null, avatar: null };
  }
}

export async function connectBluesky(ctx: WorkspaceServiceContext, input: ConnectBlueskyInput, deps: ChannelDeps = defaultChannelDeps()): Promise<ChannelView> {
  const withScheme = /^https?:\/\//i.test(input.serviceUrl) ? input.serviceUrl : `https://${input.serviceUrl}`;
  const url = await assertPublicUrl(withScheme, { field: "serviceUrl", what: "The Bluesky server URL" });
  const service = serviceOf(url.origin);
  let session: BlueskySession;
  try {
    session = await createBlueskySession(deps, service, input.identifier, input.appPassword);
  } catch (error) {
    if (!isConnectorError(error)) throw error;
    if (error.kind === "auth") throw new AppError("VALIDATION", "Bluesky did not accept this handle and app password. Check both, or create a new app password.", { field: "appPassword" });
    if (error.kind === "rate_limited") throw new AppError("RATE_LIMITED", "Bluesky is limiting sign-ins for this account right now; try again in a few minutes.");
    throw new AppError("VALIDATION", `Could not reach Bluesky at ${url.host}: ${error.message}`, { field: "serviceUrl" });
  }
  const profile = await profileOf(deps, service, session);
  return transaction(async ({ tx }) => {
    const saved = await saveConnectedChannel(tx, ctx.workspace, ctx.actor, {
      kind: "bluesky",
      externalAccountId: session.did,
      name: profile.displayName ?? session.handle,
      handle: session.handle,
      avatarUrl: profile.avatar,
      serviceUrl: service,
      credentials: { identifier: input.identifier, appPassword: input.appPassword, accessToken: session.accessJwt, refreshToken: session.refreshJwt, expiresAt: session.expiresAt },
      tokenExpiresAt: session.expiresAt ? new Date(session.expiresAt) : null,
    });
    return saved.channel;
  });
}
