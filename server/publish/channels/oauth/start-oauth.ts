import "server-only";

/**
 * Starts connecting (or reconnecting) an OAuth channel: remembers a single-use state for this
 * member and workspace for 10 minutes and returns the platform's authorize URL. The platform
 * sends the browser back to /api/channels/oauth/callback (complete-oauth.ts).
 */
import { writeAudit } from "@/server/audit/write-audit";
import { oauthStates } from "@/server/db/schema/publish";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { connectorFor } from "@/server/publish/connectors/registry";
import { assertPublicUrl } from "@/server/security/outbound-url";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { perInstanceOAuth } from "../available-channels";
import { channelAuditTarget } from "../channel-view";
import { defaultChannelDeps, redirectUriOf, type ChannelDeps } from "../deps";
import { findChannel } from "../find-channel";
import type { StartOAuthInput } from "../schemas";
import { oauthClientFor } from "./client";
import { hashState, newPkce, newState, sealVerifier, stateTtlMs } from "./state";

/** https://host of a Mastodon server typed as "mastodon.social", "https://mastodon.social/@me" … */
async function instanceOrigin(raw: string): Promise<string> {
  const withScheme = /^https?:\/\//i.test(raw) ? raw : `https://${raw.replace(/^@?[^@\s]+@/, "")}`;
  const url = await assertPublicUrl(withScheme, { field: "serviceUrl", what: "The server address" });
  return url.origin;
}

export async function startOAuth(ctx: WorkspaceServiceContext, input: StartOAuthInput, deps: ChannelDeps = defaultChannelDeps()): Promise<{ url: string }> {
  const reconnecting = input.channelId ? await findChannel(ctx.db, ctx.workspace.id, input.channelId) : null;
  const connector = connectorFor(input.kind);
  if (!connector.oauth) throw new AppError("VALIDATION", `${connector.label} is not connected with a sign-in; use its own form.`);
  if (reconnecting && reconnecting.kind !== input.kind) throw new AppError("VALIDATION", `That channel is not a ${connector.label} channel.`);
  let serviceUrl: string | null = null;
  if (perInstanceOAuth.has(input.kind)) {
    const raw = reconnecting?.serviceUrl ?? input.serviceUrl;
    if (!raw) throw new AppError("VALIDATION", "Enter the address of your Mastodon server (for example mastodon.social).", { field: "serviceUrl" });
    serviceUrl = await instanceOrigin(raw);
  }
  const redirectUri = redirectUriOf(deps);
  const client = await oauthClientFor(deps, input.kind, serviceUrl, redirectUri, { register: true });
  const state = newState();
  const pkce = connector.oauth.pkce ? newPkce() : null;
  const id = crypto.randomUUID();
  await transaction(async ({ tx }) => {
    await tx.insert(oauthStates).values({
      id,
      stateHash: hashState(state),
      workspaceId: ctx.workspace.id,
      userId: ctx.user.id,
      kind: input.kind,
      codeVerifierSealed: pkce ? sealVerifier(id, pkce.verifier) : null,
      serviceUrl,
      channelId: reconnecting?.id ?? null,
      expiresAt: new Date(Date.now() + stateTtlMs),
    });
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "channel.connect_started",
      targetType: channelAuditTarget,
      targetId: reconnecting?.id ?? null,
      changes: { kind: input.kind, serviceUrl, reconnect: Boolean(reconnecting) },
    });
  });
  const url = connector.oauth.authorizeUrl({
    clientId: client.clientId,
    redirectUri,
    state,
    codeChallenge: pkce?.challenge,
    serviceUrl: serviceUrl ?? undefined,
    endpoints: deps.endpoints,
  });
  return { url };
}
