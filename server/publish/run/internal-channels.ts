import "server-only";

/**
 * Internal channels: the channel kinds Loomcast hosts itself (today the blog). Unlike a
 * connector's HTTP publish, an internal channel writes its post inside the publish transaction,
 * so the post and its delivery record commit together (exactly once, whatever crashes; nothing
 * to look up after an unknown outcome). It returns the blog site and slug whose cached pages the
 * workflow refreshes once the transaction has committed. Worker-only, like the rest of run/.
 */
import type { Db } from "@/server/db/client";
import type { ChannelKind } from "@/server/publish/connectors/kinds";
import type { Delivery } from "@/server/publish/connectors/types";
import type { VersionRow } from "../jobs/resolve-targets";
import { publishToBlog } from "./publish-to-blog";

export interface InternalChannel {
  deliver(tx: Db, job: { id: string; workspaceId: string; contentItemId: string }, version: VersionRow): Promise<Delivery & { site: string; slug: string }>;
}

const internalChannels: Partial<Record<ChannelKind, InternalChannel>> = {
  blog: { deliver: (tx, job, version) => publishToBlog(tx, job, version) },
};

/** The internal channel behind `kind`, or null for a connector that publishes over HTTP. */
export function internalChannelFor(kind: ChannelKind): InternalChannel | null {
  return internalChannels[kind] ?? null;
}
