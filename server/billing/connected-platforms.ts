import "server-only";
import { and, eq, notInArray } from "drizzle-orm";
import type { Db } from "@/server/db/client";
import { channels, workspaces } from "@/server/db/schema";

/** Platforms that do not take a connected-platform slot. */
export const freeChannelKinds = ["blog", "webhook"] as const;

/** The distinct platforms connected across the organization's workspaces (blog and webhook excluded). */
export async function connectedPlatforms(tx: Db, organizationId: string): Promise<string[]> {
  const rows = await tx
    .selectDistinct({ kind: channels.kind })
    .from(channels)
    .innerJoin(workspaces, eq(workspaces.id, channels.workspaceId))
    .where(and(eq(workspaces.organizationId, organizationId), notInArray(channels.kind, [...freeChannelKinds])));
  return rows.map((r) => r.kind).sort();
}
