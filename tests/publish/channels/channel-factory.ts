import { and, asc, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { auditLog } from "@/server/db/schema";
import { channels, oauthStates, publishJobs } from "@/server/db/schema/publish";
import type { ChannelKind } from "@/server/publish/connectors/kinds";
import { unique } from "../../factories/users";
import { insertChannel as insertPublishChannel } from "../publish-factory";

/** A connected channel row with sealed credentials (as a finished connect flow leaves it). */
export function insertChannel(workspaceId: string, kind: Exclude<ChannelKind, "blog"> = "webhook", overrides: { name?: string; accessToken?: string } = {}) {
  return insertPublishChannel(workspaceId, kind, {
    name: overrides.name ?? unique("Channel"),
    externalAccountId: unique("acct"),
    serviceUrl: kind === "webhook" ? "https://hooks.example.test/in" : undefined,
    credentials: { accessToken: overrides.accessToken ?? unique("token"), signingSecret: "whsec_test" },
  });
}

/** Everything of a workspace's that channel procedures could touch. */
export async function snapshotChannels(workspaceId: string) {
  return {
    channels: await db.select().from(channels).where(eq(channels.workspaceId, workspaceId)).orderBy(asc(channels.id)),
    states: await db.select().from(oauthStates).where(eq(oauthStates.workspaceId, workspaceId)).orderBy(asc(oauthStates.id)),
    jobs: await db.select().from(publishJobs).where(eq(publishJobs.workspaceId, workspaceId)).orderBy(asc(publishJobs.id)),
    audit: await db.select().from(auditLog).where(eq(auditLog.workspaceId, workspaceId)).orderBy(asc(auditLog.id)),
  };
}

export function channelAudit(workspaceId: string, action: string) {
  return db.select().from(auditLog).where(and(eq(auditLog.workspaceId, workspaceId), eq(auditLog.action, action)));
}
