import "server-only";

/**
 * The end of an OAuth connect: the platform sent the browser back with `code` and `state` (or
 * `error`). Checks the state, exchanges the code, asks the platform who the account is and
 * saves the channel. Never throws: every outcome is a place to send the browser, with a plain
 * message when something went wrong.
 */
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { logger } from "@/server/log/logger";
import { isConnectorError } from "@/server/publish/connectors/errors";
import { connectorFor } from "@/server/publish/connectors/registry";
import type { AuditActor } from "@/server/audit/write-audit";
import { defaultChannelDeps, redirectUriOf, type ChannelDeps } from "../deps";
import { saveConnectedChannel } from "../save-channel";
import { oauthClientFor } from "./client";
import { consumeState, StateError } from "./consume-state";
import { openVerifier } from "./state";

export type OAuthOutcome = { workspaceSlug: string | null; channelId: string | null; error: string | null };

export function outcomeLocation(outcome: OAuthOutcome): string {
  const base = outcome.workspaceSlug ? `/${outcome.workspaceSlug}/channels` : "/";
  const params = new URLSearchParams(outcome.error ? { error: outcome.error } : { connected: outcome.channelId ?? "" });
  return `${base}?${params.toString()}`;
}

const fail = (error: string, workspaceSlug: string | null = null): OAuthOutcome => ({ workspaceSlug, channelId: null, error });

export async function completeOAuth(
  input: { userId: string | null; query: URLSearchParams; actor: Omit<AuditActor, "userId"> },
  deps: ChannelDeps = defaultChannelDeps(),
): Promise<OAuthOutcome> {
  const state = input.query.get("state");
  if (!input.userId) return fail("Sign in, then connect the channel again.");
  if (!state) return fail("The network sent you back without the connect details. Start connecting again.");
  let consumed;
  try {
    consumed = await consumeState(state, input.userId);
  } catch (error) {
    if (error instanceof StateError) return fail(error.message, error.workspaceSlug);
    logger.error("oauth callback: state check failed", { error });
    return fail("Something went wrong on our side. Please try again.");
  }
  const slug = consumed.workspace.slug;
  const connector = connectorFor(consumed.kind);
  const platformError = input.query.get("error");
  if (platformError) {
    if (platformError === "access_denied") return fail(`${connector.label} was not connected: you cancelled on ${connector.label}.`, slug);
    const description = input.query.get("error_description")?.slice(0, 200);
    return fail(`${connector.label} refused the connection: ${description ?? platformError}.`, slug);
  }
  const code = input.query.get("code");
  if (!code) return fail(`${connector.label} sent you back without a sign-in code. Start connecting again.`, slug);
  if (!connector.oauth) return fail(`${connector.label} cannot be connected with a sign-in.`, slug);
  try {
    const redirectUri = redirectUriOf(deps);
    const serviceUrl = consumed.serviceUrl ?? undefined;
    const client = await oauthClientFor(deps, consumed.kind, consumed.serviceUrl, redirectUri, { register: false });
    const codeVerifier = consumed.codeVerifierSealed ? openVerifier(consumed.id, consumed.codeVerifierSealed) : undefined;
    const tokens = await connector.oauth.exchange({ code, codeVerifier, redirectUri, ...client, serviceUrl, http: deps.http, endpoints: deps.endpoints });
    const { profile, credentials } = await connector.oauth.profile({ tokens, serviceUrl, http: deps.http, endpoints: deps.endpoints });
    const saved = await transaction(({ tx }) =>
      saveConnectedChannel(tx, consumed.workspace, { ...input.actor, userId: input.userId! }, {
        kind: consumed.kind as Exclude<typeof consumed.kind, "blog">,
        externalAccountId: profile.externalAccountId,
        name: profile.name,
        handle: profile.handle ?? null,
        avatarUrl: profile.avatarUrl ?? null,
        serviceUrl: consumed.serviceUrl,
        credentials: { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken, expiresAt: tokens.expiresAt, ...credentials },
        tokenExpiresAt: tokens.expiresAt ? new Date(tokens.expiresAt) : null,
        scopes: tokens.scopes ?? null,
        channelId: consumed.channelId,
      }),
    );
    return { workspaceSlug: slug, channelId: saved.channel.id, error: null };
  } catch (error) {
    if (error instanceof AppError) return fail(error.message, slug);
    if (isConnectorError(error)) {
      logger.warn("oauth callback: platform refused", { kind: consumed.kind, error: error.message, status: error.httpStatus });
      return fail(`${connector.label} did not complete the connection: ${error.message}`, slug);
    }
    logger.error("oauth callback failed", { kind: consumed.kind, error });
    return fail(`Could not connect ${connector.label} because of an error on our side. Please try again.`, slug);
  }
}
