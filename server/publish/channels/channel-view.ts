import "server-only";
import type { channels, QueueSchedule } from "@/server/db/schema/publish";
import type { ChannelKind } from "@/server/publish/connectors/kinds";

export type ChannelRow = typeof channels.$inferSelect;

/** A channel as the API shows it: never its credentials. */
export type ChannelView = {
  id: string;
  kind: ChannelKind;
  name: string;
  handle: string | null;
  avatarUrl: string | null;
  serviceUrl: string | null;
  status: "active" | "needs_reconnect" | "disabled";
  statusReason: string | null;
  queueSchedule: QueueSchedule | null;
  lastPublishedAt: Date | null;
  createdAt: Date;
};

export const channelAuditTarget = "channel";

/** The blog is named after its workspace, so it follows a rename (`workspaceName`). */
export function toChannelView(row: ChannelRow, workspaceName?: string): ChannelView {
  return {
    id: row.id,
    kind: row.kind,
    name: row.kind === "blog" && workspaceName ? workspaceName : row.name,
    handle: row.handle,
    avatarUrl: row.avatarUrl,
    serviceUrl: row.serviceUrl,
    status: row.status,
    statusReason: row.statusReason,
    queueSchedule: row.queueSchedule ?? null,
    lastPublishedAt: row.lastPublishedAt,
    createdAt: row.createdAt,
  };
}
