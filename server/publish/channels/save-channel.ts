import "server-only";

/**
 * The one place a connected account becomes a channel row: a new account is inserted, the same
 * account again (same workspace, kind and platform account id) is a reconnect that replaces its
 * credentials and makes it active again. Credentials are sealed to the channel id; the audit
 * record names what changed but never a secret. Call inside the caller's transaction.
 */
import { and, eq } from "drizzle-orm";
import { assertChannelAllowed } from "@/server/billing/quota";
import { writeAudit } from "@/server/audit/write-audit";
import { channels } from "@/server/db/schema/publish";
import type { Tx } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import type { ChannelKind } from "@/server/publish/connectors/kinds";
import type { ChannelCredentials } from "@/server/publish/connectors/types";
import type { UserActor } from "@/server/workspaces/service-context";
import type { WorkspaceRef } from "@/server/workspaces/resolve-access";
import { channelAuditTarget, toChannelView, type ChannelView } from "./channel-view";
import { sealCredentials } from "./credentials";
import { findChannel } from "./find-channel";

export type SaveChannelInput = {
  kind: Exclude<ChannelKind, "blog">;
  externalAccountId: string;
  name: string;
  handle?: string | null;
  avatarUrl?: string | null;
  serviceUrl?: string | null;
  credentials: ChannelCredentials;
  tokenExpiresAt?: Date | null;
  scopes?: string | null;
  /** Set when the member asked to reconnect this channel: the account must be the same one. */
  channelId?: string | null;
};

export async function saveConnectedChannel(
  tx: Tx,
  workspace: WorkspaceRef,
  actor: UserActor,
  input: SaveChannelInput,
): Promise<{ channel: ChannelView; reconnected: boolean }> {
  const [existing] = await tx
    .select()
    .from(channels)
    .where(and(eq(channels.workspaceId, workspace.id), eq(channels.kind, input.kind), eq(channels.externalAccountId, input.externalAccountId)))
    .for("update");
  if (input.channelId) {
    const target = existing?.id === input.channelId ? existing : await findChannel(tx, workspace.id, input.channelId, { lock: true });
    if (target.kind !== input.kind || target.externalAccountId !== input.externalAccountId) {
      const who = input.handle ? `@${input.handle.replace(/^@/, "")}` : input.name;
      throw new AppError("CONFLICT", `You signed in as ${who}, but “${target.name}” is another account. Sign in with that account to reconnect it, or connect ${who} as a new channel.`);
    }
  }
  const profile = {
    name: input.name.slice(0, 200),
    handle: input.handle ?? null,
    avatarUrl: input.avatarUrl ?? null,
    serviceUrl: input.serviceUrl ?? null,
    tokenExpiresAt: input.tokenExpiresAt ?? null,
    scopes: input.scopes ?? null,
  };
  const changes = { kind: input.kind, name: profile.name, handle: profile.handle, serviceUrl: profile.serviceUrl, externalAccountId: input.externalAccountId };

  // The plan's connected-platform limit: a new account, or a disconnected one coming back.
  if (!existing || existing.status === "disabled") await assertChannelAllowed(tx, { organizationId: workspace.organizationId, kind: input.kind });
  if (existing) {
    const [row] = await tx
      .update(channels)
      .set({ ...profile, credentialsSealed: sealCredentials(existing.id, input.credentials), status: "active", statusReason: null })
      .where(and(eq(channels.workspaceId, workspace.id), eq(channels.id, existing.id)))
      .returning();
    await writeAudit(tx, actor, {
      organizationId: workspace.organizationId,
      workspaceId: workspace.id,
      action: "channel.reconnected",
      targetType: channelAuditTarget,
      targetId: existing.id,
      changes: { ...changes, previousStatus: existing.status, credentialsReplaced: true },
    });
    return { channel: toChannelView(row!), reconnected: true };
  }

  const id = crypto.randomUUID();
  const [row] = await tx
    .insert(channels)
    .values({
      id,
      workspaceId: workspace.id,
      kind: input.kind,
      externalAccountId: input.externalAccountId,
      ...profile,
      credentialsSealed: sealCredentials(id, input.credentials),
      createdById: actor.userId,
    })
    .onConflictDoNothing()
    .returning();
  if (!row) throw new AppError("CONFLICT", "This account was connected a moment ago by someone else; reload the page.");
  await writeAudit(tx, actor, {
    organizationId: workspace.organizationId,
    workspaceId: workspace.id,
    action: "channel.connected",
    targetType: channelAuditTarget,
    targetId: id,
    changes,
  });
  return { channel: toChannelView(row), reconnected: false };
}
