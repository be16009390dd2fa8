import "server-only";
import { and, eq, inArray, sql } from "drizzle-orm";
import { writeAudit } from "@/server/audit/write-audit";
import { channels, publishJobs } from "@/server/db/schema/publish";
import { transaction } from "@/server/db/transaction";
import { AppError } from "@/server/errors/app-error";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { channelAuditTarget } from "./channel-view";
import { findChannel } from "./find-channel";

/**
 * Removes a connected channel and its sealed credentials. A channel that has published keeps its
 * row, disabled and without credentials, so its posts' history and metrics stay (reconnecting the
 * same account reactivates it).
 * Refused for the built-in blog and while posts are still waiting to go out on the channel.
 */
export async function disconnectChannel(ctx: WorkspaceServiceContext, input: { channelId: string }): Promise<{ id: string }> {
  return transaction(async ({ tx }) => {
    const channel = await findChannel(tx, ctx.workspace.id, input.channelId, { lock: true });
    if (channel.kind === "blog") throw new AppError("CONFLICT", "The blog is built into every workspace and cannot be disconnected.");
    const [pending] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(publishJobs)
      .where(
        and(
          eq(publishJobs.workspaceId, ctx.workspace.id),
          eq(publishJobs.channelId, channel.id),
          inArray(publishJobs.status, ["scheduled", "publishing", "retrying"]),
        ),
      );
    const count = pending?.count ?? 0;
    if (count > 0) {
      const posts = count === 1 ? "1 post is" : `${count} posts are`;
      throw new AppError("CONFLICT", `${posts} still scheduled or publishing on ${channel.name}. Cancel or move them to another channel first.`);
    }
    const [history] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(publishJobs)
      .where(and(eq(publishJobs.workspaceId, ctx.workspace.id), eq(publishJobs.channelId, channel.id)));
    if ((history?.count ?? 0) > 0) {
      // Its published posts keep their history (and, for the learn loop, their metrics): the row stays, without credentials.
      await tx
        .update(channels)
        .set({ status: "disabled", statusReason: "Disconnected", credentialsSealed: null, tokenExpiresAt: null })
        .where(and(eq(channels.workspaceId, ctx.workspace.id), eq(channels.id, channel.id)));
    } else {
      await tx.delete(channels).where(and(eq(channels.workspaceId, ctx.workspace.id), eq(channels.id, channel.id)));
    }
    await writeAudit(tx, ctx.actor, {
      organizationId: ctx.workspace.organizationId,
      workspaceId: ctx.workspace.id,
      action: "channel.disconnected",
      targetType: channelAuditTarget,
      targetId: channel.id,
      changes: { kind: channel.kind, name: channel.name, handle: channel.handle, externalAccountId: channel.externalAccountId },
    });
    return { id: channel.id };
  });
}
