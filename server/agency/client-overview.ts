import "server-only";
import { and, asc, count, eq, gte, inArray, lt, sql } from "drizzle-orm";
import { usageSummary } from "@/server/billing/usage-summary";
import type { Db } from "@/server/db/client";
import { contentItems, publishJobs, workspaces } from "@/server/db/schema";
import { requireAgencyStaff } from "./require-staff";

const day = 86_400_000;
export const scheduledWindowDays = 7;
export const failedWindowDays = 30;

export interface ClientSummary {
  id: string;
  slug: string;
  name: string;
  onboarded: boolean;
  pendingApprovals: number;
  scheduledNextWeek: number;
  failedPosts: number;
}

async function countsBy(query: Promise<Array<{ workspaceId: string; n: number }>>) {
  return new Map((await query).map((r) => [r.workspaceId, r.n]));
}

/**
 * The agency's view across its clients: per client workspace the items waiting for approval,
 * posts scheduled in the next 7 days and posts that failed in the last 30; and the
 * organization's usage this billing period (usage is counted per organization).
 */
export async function clientOverview(db: Db, userId: string, organizationId: string, now = new Date()) {
  const organization = await requireAgencyStaff(db, userId, organizationId);
  const clients = await db
    .select({ id: workspaces.id, slug: workspaces.slug, name: workspaces.name, onboardedAt: workspaces.onboardedAt })
    .from(workspaces)
    .where(eq(workspaces.organizationId, organization.id))
    .orderBy(asc(workspaces.name), asc(workspaces.slug));
  // Every count is scoped to the organization's own workspaces.
  const inOrg = clients.length > 0 ? clients.map((c) => c.id) : [""];
  const [pending, scheduled, failed] = await Promise.all([
    countsBy(
      db
        .select({ workspaceId: contentItems.workspaceId, n: count() })
        .from(contentItems)
        .where(and(inArray(contentItems.workspaceId, inOrg), eq(contentItems.status, "in_review")))
        .groupBy(contentItems.workspaceId),
    ),
    countsBy(
      db
        .select({ workspaceId: publishJobs.workspaceId, n: count() })
        .from(publishJobs)
        .where(
          and(
            inArray(publishJobs.workspaceId, inOrg),
            inArray(publishJobs.status, ["scheduled", "retrying"]),
            gte(publishJobs.runAt, now),
            lt(publishJobs.runAt, new Date(now.getTime() + scheduledWindowDays * day)),
          ),
        )
        .groupBy(publishJobs.workspaceId),
    ),
    countsBy(
      db
        .select({ workspaceId: publishJobs.workspaceId, n: count() })
        .from(publishJobs)
        .where(
          and(
            inArray(publishJobs.workspaceId, inOrg),
            eq(publishJobs.status, "failed"),
            gte(sql`coalesce(${publishJobs.startedAt}, ${publishJobs.runAt})`, new Date(now.getTime() - failedWindowDays * day)),
          ),
        )
        .groupBy(publishJobs.workspaceId),
    ),
  ]);
  const summaries: ClientSummary[] = clients.map((c) => ({
    id: c.id,
    slug: c.slug,
    name: c.name,
    onboarded: c.onboardedAt !== null,
    pendingApprovals: pending.get(c.id) ?? 0,
    scheduledNextWeek: scheduled.get(c.id) ?? 0,
    failedPosts: failed.get(c.id) ?? 0,
  }));
  const usage = await usageSummary(organization.id);
  return {
    organization,
    clients: summaries,
    usage: { plan: usage.plan, enabled: usage.enabled, period: usage.period, lines: usage.usage, blocked: usage.blocked },
  };
}
export type ClientOverview = Awaited<ReturnType<typeof clientOverview>>;
