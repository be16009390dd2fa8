import "server-only";

/**
 * Which channels an approved version goes to, and whether it can: the channels a member picked
 * (each must be this workspace's, active, and accept the content), or by default the suggested
 * ones — the blog for blog posts, every active channel of the platforms the version was written for.
 */
import { and, eq, inArray } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { channels, contentVersions } from "@/server/db/schema";
import { AppError, notFound } from "@/server/errors/app-error";
import { connectorFor } from "@/server/publish/connectors/registry";
import type { Problem } from "@/server/publish/connectors/types";
import { publishContentFor, versionTargets } from "./content-for";

export type ChannelRow = typeof channels.$inferSelect;
export type VersionRow = typeof contentVersions.$inferSelect;
export type Target = { channel: ChannelRow; suggested: boolean; problems: Problem[] };

export async function loadVersion(tx: Db, workspaceId: string, contentItemId: string, number: number): Promise<VersionRow> {
  const [version] = await tx
    .select()
    .from(contentVersions)
    .where(and(eq(contentVersions.workspaceId, workspaceId), eq(contentVersions.contentItemId, contentItemId), eq(contentVersions.number, number)));
  if (!version) throw notFound("Version");
  return version;
}

/** Every channel of the workspace with whether it is suggested for this version and what it would refuse. */
export async function listTargets(tx: Db, workspaceId: string, item: { id: string; kind: "blog" | "social" | "thread" }, version: VersionRow): Promise<Target[]> {
  const rows = await tx.select().from(channels).where(eq(channels.workspaceId, workspaceId)).orderBy(channels.createdAt);
  return rows
    .map((channel) => {
      const problems = channel.status === "active" ? connectorFor(channel.kind).validate(publishContentFor(channel.kind, item.id, version)) : [];
      if (channel.status !== "active") problems.push({ code: "channel", message: channel.status === "needs_reconnect" ? `${channel.name} needs reconnecting.` : `${channel.name} is turned off.` });
      return { channel, suggested: channel.status === "active" && versionTargets(channel.kind, item.kind, version), problems };
    })
    .sort((a, b) => Number(b.channel.kind === "blog") - Number(a.channel.kind === "blog"));
}

function describe(problems: Problem[]): string {
  return problems.map((p) => p.message).join(" ");
}

/** The channels to publish to: picked (validated) or the suggested ones; refuses any that cannot take the content. */
export async function resolveTargets(
  tx: Db,
  workspaceId: string,
  item: { id: string; kind: "blog" | "social" | "thread" },
  version: VersionRow,
  channelIds: string[] | undefined,
): Promise<ChannelRow[]> {
  if (channelIds !== undefined) {
    const unique = [...new Set(channelIds)];
    if (unique.length === 0) return [];
    const picked = await tx.select().from(channels).where(and(eq(channels.workspaceId, workspaceId), inArray(channels.id, unique)));
    if (picked.length !== unique.length) throw notFound("Channel");
    for (const channel of picked) {
      if (channel.status !== "active") {
        throw new AppError("CONFLICT", `${channel.name} ${channel.status === "needs_reconnect" ? "needs reconnecting" : "is turned off"}; reconnect it in Channels or leave it out.`, { field: "channelIds" });
      }
      const problems = connectorFor(channel.kind).validate(publishContentFor(channel.kind, item.id, version));
      if (problems.length > 0) throw new AppError("VALIDATION", `${channel.name}: ${describe(problems)}`, { field: "channelIds" });
    }
    return picked;
  }
  const targets = await listTargets(tx, workspaceId, item, version);
  return targets.filter((t) => t.suggested && t.problems.length === 0).map((t) => t.channel);
}
