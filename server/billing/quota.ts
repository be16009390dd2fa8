import "server-only";

/**
 * Quotas at the point of use, in the caller's transaction: a use and its count commit together
 * or not at all. The counter row of (organization, period, metric) is incremented by one
 * conditional UPDATE, so two concurrent uses of the last unit serialize on the row lock and
 * exactly one of them passes. Usage is recorded even when billing is disabled or the plan is
 * unlimited.
 */
import { and, eq, sql } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { usageCounters, workspaces } from "@/server/db/schema";
import { AppError } from "@/server/errors/app-error";
import { loadAccount } from "./account";
import { billingConfig } from "./config";
import { connectedPlatforms, freeChannelKinds } from "./connected-platforms";
import { enforcedLimit, entitlementOf, type Entitlement } from "./entitlement";
import { channelLimitMessage, usageLimitMessage } from "./limit-message";

export { usageSummary } from "./usage-summary";

type Metric = "runs" | "posts" | "tokens";

async function entitlement(tx: Db, organizationId: string, lock = false): Promise<Entitlement> {
  const account = await loadAccount(tx, organizationId, { lock });
  return entitlementOf(account, billingConfig() !== null);
}

function counterWhere(organizationId: string, periodStart: Date, metric: string) {
  return and(eq(usageCounters.organizationId, organizationId), eq(usageCounters.periodStart, periodStart), eq(usageCounters.metric, metric));
}

/** Adds `amount` to the counter when the result stays within `limit` (null: always); the new value or null. */
async function increment(tx: Db, organizationId: string, periodStart: Date, metric: Metric, amount: number, limit: number | null): Promise<number | null> {
  await tx.insert(usageCounters).values({ organizationId, periodStart, metric, used: 0 }).onConflictDoNothing();
  const within = limit === null ? undefined : sql`${usageCounters.used} + ${amount} <= ${limit}`;
  const [row] = await tx
    .update(usageCounters)
    .set({ used: sql`${usageCounters.used} + ${amount}`, updatedAt: new Date() })
    .where(and(counterWhere(organizationId, periodStart, metric), within))
    .returning({ used: usageCounters.used });
  return row ? row.used : null;
}

/** Takes `amount` units of the current period's quota, or throws LIMIT_EXCEEDED with the plan's words. */
export async function consumeQuota(tx: Db, input: { organizationId: string; metric: "runs" | "posts"; amount?: number }): Promise<void> {
  const amount = input.amount ?? 1;
  const e = await entitlement(tx, input.organizationId);
  const limit = enforcedLimit(e, input.metric);
  if ((await increment(tx, input.organizationId, e.period.start, input.metric, amount, limit)) !== null) return;
  const [row] = await tx.select({ used: usageCounters.used }).from(usageCounters).where(counterWhere(input.organizationId, e.period.start, input.metric));
  throw new AppError("LIMIT_EXCEEDED", usageLimitMessage(e, input.metric, row?.used ?? 0));
}

/** Gives units back to the current period (a cancelled job that never published). Never below zero. */
export async function releaseQuota(tx: Db, input: { organizationId: string; metric: "posts"; amount?: number }): Promise<void> {
  const amount = input.amount ?? 1;
  const e = await entitlement(tx, input.organizationId);
  await tx
    .update(usageCounters)
    .set({ used: sql`greatest(${usageCounters.used} - ${amount}, 0)`, updatedAt: new Date() })
    .where(counterWhere(input.organizationId, e.period.start, input.metric));
}

/** Metering only (tokens): adds to the current period's counter, never refuses. */
export async function recordUsage(tx: Db, input: { organizationId: string; metric: "tokens"; amount: number }): Promise<void> {
  if (input.amount <= 0) return;
  const e = await entitlement(tx, input.organizationId);
  await increment(tx, input.organizationId, e.period.start, input.metric, Math.round(input.amount), null);
}

/** recordUsage for a workspace's tokens (generation steps know the workspace, not the organization). */
export async function recordWorkspaceTokens(tx: Db, workspaceId: string, amount: number): Promise<void> {
  if (amount <= 0) return;
  const [ws] = await tx.select({ organizationId: workspaces.organizationId }).from(workspaces).where(eq(workspaces.id, workspaceId));
  if (ws) await recordUsage(tx, { organizationId: ws.organizationId, metric: "tokens", amount });
}

/**
 * Checks that connecting a channel of `kind` stays within the plan's connected platforms (the
 * blog and webhooks are free; another account on an already connected platform takes no slot).
 * Locks the organization's billing account until the caller commits, so two concurrent connects
 * cannot both take the last slot.
 */
export async function assertChannelAllowed(tx: Db, input: { organizationId: string; kind: string }): Promise<void> {
  if ((freeChannelKinds as readonly string[]).includes(input.kind)) return;
  const e = await entitlement(tx, input.organizationId, true);
  const limit = enforcedLimit(e, "channels");
  if (limit === null) return;
  const connected = await connectedPlatforms(tx, input.organizationId);
  if (connected.includes(input.kind) && !e.blocked) return;
  if (connected.length < limit) return;
  throw new AppError("LIMIT_EXCEEDED", channelLimitMessage(e, connected));
}
