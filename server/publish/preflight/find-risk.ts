import "server-only";

/**
 * What would make a scheduled post fail at its slot, checked ahead of it, first finding wins:
 * the approval of its version, the channel (turned off, or its token refused by the platform — a
 * cheap authenticated call through the connector, refreshing the token first when it expires),
 * the content against the platform's rules, and the plan. A platform that does not answer is not
 * a finding: the publish run retries such failures anyway.
 */
import { db } from "@/server/db/client";
import type { PublishRisk } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { platformEndpoints } from "@/server/publish/connectors/endpoints";
import { connectorFor } from "@/server/publish/connectors/registry";
import type { ConnectorContext } from "@/server/publish/connectors/types";
import { assertPublishable } from "@/server/review/publish-gate";
import { openCredentials } from "../channels/credentials";
import { publishContentFor } from "../jobs/content-for";
import { channelContext, freshCredentials, persistIfRenewed } from "../run/fresh-credentials";
import type { LoadedRun } from "../run/load-run";
import { quotaRisk } from "./quota-risk";

export type Finding = Pick<PublishRisk, "reason" | "message" | "fix">;

async function approvalRisk(run: LoadedRun): Promise<Finding | null> {
  try {
    await transaction(({ tx }) => assertPublishable(tx, run.job.workspaceId, run.job.contentItemId, run.job.versionNumber));
    return null;
  } catch (error) {
    if (!(error instanceof AppError)) throw error;
    return { reason: "not_approved", message: `Version ${run.job.versionNumber} is no longer the approved current version (it was edited or its approval was withdrawn).`, fix: "approve" };
  }
}

const openRefreshToken = (channel: LoadedRun["channel"]) => openCredentials(channel.id, channel.credentialsSealed).refreshToken;

async function tokenRisk(run: LoadedRun): Promise<Finding | null> {
  const { channel } = run;
  if (channel.status !== "active") {
    const why = channel.status === "disabled" ? "is turned off" : "needs reconnecting";
    return { reason: `channel_${channel.status}`, message: `${channel.name} ${why}${channel.statusReason ? `: ${channel.statusReason}` : "."}`, fix: "reconnect" };
  }
  const connector = connectorFor(channel.kind);
  if (!connector.verify) return null;
  const verifyWith = async (force: boolean) => {
    const credentials = await freshCredentials(channel, { force });
    const before = JSON.stringify(credentials);
    const ctx: ConnectorContext = { channel: channelContext(channel, credentials), http: fetch, endpoints: platformEndpoints() };
    await connector.verify!(ctx);
    await persistIfRenewed(channel, before, ctx.channel.credentials);
  };
  try {
    try {
      await verifyWith(false);
    } catch (error) {
      // A refused access token: refresh it once (where the platform has refresh tokens), as publishing would.
      if (!(error instanceof ConnectorError) || error.kind !== "auth" || !connector.refresh || !openRefreshToken(channel)) throw error;
      await verifyWith(true);
    }
    return null;
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    if (error.kind !== "auth") return null;
    return { reason: "token_refused", message: `${channel.name} no longer accepts Loomcast's access (${error.message})`, fix: "reconnect" };
  }
}

function contentRisk(run: LoadedRun): Finding | null {
  const problems = connectorFor(run.channel.kind).validate(publishContentFor(run.channel.kind, run.job.contentItemId, run.version));
  if (problems.length === 0) return null;
  return { reason: "content_refused", message: `${run.channel.name} would refuse this content: ${problems.map((p) => p.message).join(" ")}`, fix: "edit" };
}

/** Token findings per channel for one sweep: a channel with many posts coming up is asked once. */
export type TokenChecks = Map<string, Promise<Finding | null>>;

export async function findRisk(run: LoadedRun, now: Date, tokenChecks: TokenChecks = new Map()): Promise<Finding | null> {
  const approval = await approvalRisk(run);
  if (approval) return approval;
  if (!tokenChecks.has(run.channel.id)) {
    const id = run.channel.id;
    const check = tokenRisk(run).catch((error: unknown) => {
      tokenChecks.delete(id);
      throw error;
    });
    tokenChecks.set(id, check);
  }
  return (await tokenChecks.get(run.channel.id)!) ?? contentRisk(run) ?? (await quotaRisk(db, run.organizationId, now));
}
