import "server-only";

/**
 * One delivery attempt, as one workflow step. Exactly-once in practice:
 * 1. The attempt row is inserted (committed) BEFORE the platform call. If it already exists when
 *    the step starts, an earlier execution died after sending, so the outcome is unknown.
 * 2. After an unknown outcome (a crash mid-call, or a timeout after sending) the connector is
 *    asked whether the post exists (findExisting) before anything is sent again.
 * 3. The delivery is recorded in one transaction; an internal channel (the blog) writes its post
 *    in that same transaction, so it cannot be lost or doubled.
 */
import { and, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { publishAttempts, type PublishError } from "@/server/db/schema";
import { transaction } from "@/server/db/transaction";
import { ConnectorError } from "@/server/publish/connectors/errors";
import { platformEndpoints } from "@/server/publish/connectors/endpoints";
import { connectorHttp } from "@/server/publish/connectors/outbound";
import { connectorFor } from "@/server/publish/connectors/registry";
import type { ConnectorContext, Delivery } from "@/server/publish/connectors/types";
import { publishContentFor } from "../jobs/content-for";
import { channelContext, freshCredentials, persistIfRenewed } from "./fresh-credentials";
import { internalChannelFor } from "./internal-channels";
import { loadRun, type LoadedRun, type RunIds } from "./load-run";
import { recordDelivered, recordFailed, recordRetry } from "./record-outcome";
import { retryDelayMs } from "./retry-policy";

export type AttemptResult =
  | { status: "delivered"; found: boolean; site?: string; slug?: string }
  | { status: "stopped"; reason: string }
  | { status: "failed"; error: PublishError }
  | { status: "retry"; error: PublishError; retryInMs: number };

const permanentOutcomes = new Set(["auth", "rejected", "gate"]);

async function claimAttempt(ids: RunIds, number: number): Promise<{ fresh: boolean; outcome: string | null; previousUnknown: boolean }> {
  const inserted = await db.insert(publishAttempts).values({ workspaceId: ids.workspaceId, jobId: ids.jobId, number }).onConflictDoNothing().returning({ id: publishAttempts.id });
  const [previous] = await db
    .select({ outcome: publishAttempts.outcome })
    .from(publishAttempts)
    .where(and(eq(publishAttempts.workspaceId, ids.workspaceId), eq(publishAttempts.jobId, ids.jobId), eq(publishAttempts.number, number - 1)));
  const previousUnknown = previous?.outcome === "unknown" || previous?.outcome === "sent";
  if (inserted.length > 0) return { fresh: true, outcome: null, previousUnknown };
  const [mine] = await db
    .select({ outcome: publishAttempts.outcome })
    .from(publishAttempts)
    .where(and(eq(publishAttempts.workspaceId, ids.workspaceId), eq(publishAttempts.jobId, ids.jobId), eq(publishAttempts.number, number)));
  return { fresh: false, outcome: mine?.outcome ?? null, previousUnknown };
}

function toPublishError(error: ConnectorError): PublishError {
  return { code: error.platformCode ?? error.kind, message: error.message, permanent: error.permanent, httpStatus: error.httpStatus };
}

async function send(ctx: ConnectorContext, run: LoadedRun, checkFirst: boolean): Promise<{ delivery: Delivery; found: boolean }> {
  const connector = connectorFor(run.channel.kind);
  const content = publishContentFor(run.channel.kind, run.job.contentItemId, run.version);
  const problems = connector.validate(content);
  if (problems.length > 0) throw new ConnectorError("rejected", `${run.channel.name} would refuse this content: ${problems.map((p) => p.message).join(" ")}`);
  if (checkFirst) {
    const since = new Date((run.job.startedAt ?? run.job.createdAt).getTime() - 60_000);
    const existing = await connector.findExisting(ctx, content, run.job.idempotencyKey, since);
    if (existing) return { delivery: existing, found: true };
  }
  try {
    return { delivery: await connector.publish(ctx, content, run.job.idempotencyKey), found: false };
  } catch (error) {
    // A refused token: refresh once (if the platform has refresh tokens) and try again.
    if (error instanceof ConnectorError && error.kind === "auth" && connector.refresh && ctx.channel.credentials.refreshToken) {
      const credentials = await freshCredentials(run.channel, { force: true });
      return { delivery: await connector.publish({ ...ctx, channel: channelContext(run.channel, credentials) }, content, run.job.idempotencyKey), found: false };
    }
    throw error;
  }
}

export async function attemptDelivery(ids: RunIds, number: number): Promise<AttemptResult> {
  const claim = await claimAttempt(ids, number);
  if (claim.outcome === "succeeded" || claim.outcome === "found") return { status: "delivered", found: claim.outcome === "found" };
  const run = await loadRun(db, ids);
  if (!run) return { status: "stopped", reason: "missing" };
  if (run.job.status === "cancelled" || run.job.status === "published") return { status: "stopped", reason: run.job.status };
  if (claim.outcome && claim.outcome !== "sent") {
    // This step recorded its outcome but died before DBOS checkpointed it: replay that outcome.
    const error = run.job.lastError ?? { code: claim.outcome, message: "The previous attempt failed.", permanent: permanentOutcomes.has(claim.outcome) };
    return permanentOutcomes.has(claim.outcome) ? { status: "failed", error } : { status: "retry", error, retryInMs: retryDelayMs(claim.outcome, number, null) };
  }

  const internal = internalChannelFor(run.channel.kind);
  if (internal) {
    const post = await transaction(async ({ tx }) => {
      const written = await internal.deliver(tx, run.job, run.version);
      await recordDelivered(tx, run, number, { externalId: written.externalId, permalink: written.permalink }, false);
      return written;
    });
    return { status: "delivered", found: false, site: post.site, slug: post.slug };
  }

  const checkFirst = !claim.fresh || claim.previousUnknown;
  try {
    const credentials = await freshCredentials(run.channel);
    const ctx: ConnectorContext = { channel: channelContext(run.channel, credentials), http: connectorHttp(), endpoints: platformEndpoints() };
    const before = JSON.stringify(credentials);
    const { delivery, found } = await send(ctx, run, checkFirst);
    await persistIfRenewed(run.channel, before, ctx.channel.credentials);
    await transaction(({ tx }) => recordDelivered(tx, run, number, delivery, found));
    return { status: "delivered", found };
  } catch (error) {
    if (!(error instanceof ConnectorError)) throw error;
    const failure = toPublishError(error);
    if (error.permanent) {
      await transaction(({ tx }) => recordFailed(tx, run, number, error.kind, failure));
      return { status: "failed", error: failure };
    }
    await transaction(({ tx }) => recordRetry(tx, run, number, error.kind, failure));
    return { status: "retry", error: failure, retryInMs: retryDelayMs(error.kind, number, error.retryAfterMs) };
  }
}
