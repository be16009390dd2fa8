import "server-only";

/**
 * Reading publish jobs: the jobs list (newest run time first, keyset-paged, filter by status and
 * channel), one item's jobs, and the calendar (jobs in a date range plus items still in review
 * with a proposed schedule, shown as "awaiting approval").
 */
import { and, asc, desc, eq, gte, isNotNull, isNull, lt, sql, type SQL } from "drizzle-orm";
import { approvals, channels, contentItems, publishJobs, type PublishRisk } from "@/server/db/schema";
import { decodeCursor, encodeCursor } from "@/server/pagination/keyset-cursor";
import type { WorkspaceServiceContext } from "@/server/workspaces/service-context";
import { notFound } from "@/server/errors/app-error";
import type { JobsInput } from "./schemas";

const jobColumns = {
  id: publishJobs.id,
  contentItemId: publishJobs.contentItemId,
  title: contentItems.title,
  contentKind: contentItems.kind,
  channel: { id: channels.id, kind: channels.kind, name: channels.name },
  runAt: publishJobs.runAt,
  timezone: publishJobs.timezone,
  status: publishJobs.status,
  attempts: publishJobs.attempts,
  lastError: publishJobs.lastError,
  /** What pre-flight found (server/publish/preflight); only meaningful while the job is scheduled. */
  risk: sql<PublishRisk | null>`case when ${publishJobs.status} = 'scheduled' then ${publishJobs.risk} end`,
  permalink: publishJobs.permalink,
  publishedAt: publishJobs.publishedAt,
  versionNumber: publishJobs.versionNumber,
};

function jobsQuery(ctx: WorkspaceServiceContext, conditions: SQL[]) {
  return ctx.db
    .select({ ...jobColumns, cursorTime: sql<string>`${publishJobs.runAt}::text` })
    .from(publishJobs)
    .innerJoin(channels, and(eq(channels.id, publishJobs.channelId), eq(channels.workspaceId, publishJobs.workspaceId)))
    .innerJoin(contentItems, and(eq(contentItems.id, publishJobs.contentItemId), eq(contentItems.workspaceId, publishJobs.workspaceId)))
    .where(and(eq(publishJobs.workspaceId, ctx.workspace.id), ...conditions));
}

export async function listJobs(ctx: WorkspaceServiceContext, input: JobsInput) {
  const conditions: SQL[] = [];
  if (input.status) conditions.push(eq(publishJobs.status, input.status));
  if (input.channelId) conditions.push(eq(publishJobs.channelId, input.channelId));
  if (input.cursor) {
    const cursor = decodeCursor(input.cursor, "the content list");
    conditions.push(sql`(${publishJobs.runAt}, ${publishJobs.id}) < (${cursor.createdAt}::timestamptz, ${cursor.id})`);
  }
  const rows = await jobsQuery(ctx, conditions).orderBy(desc(publishJobs.runAt), desc(publishJobs.id)).limit(input.limit + 1);
  const page = rows.slice(0, input.limit);
  const last = page.at(-1);
  const counts = await ctx.db
    .select({ status: publishJobs.status, count: sql<number>`count(*)::int` })
    .from(publishJobs)
    .where(eq(publishJobs.workspaceId, ctx.workspace.id))
    .groupBy(publishJobs.status);
  return {
    items: page.map(({ cursorTime: _c, ...job }) => job),
    nextCursor: rows.length > input.limit && last ? encodeCursor({ createdAt: last.cursorTime, id: last.id }) : null,
    counts: Object.fromEntries(counts.map((c) => [c.status, c.count])) as Record<string, number>,
  };
}

export async function jobsForItem(ctx: WorkspaceServiceContext, input: { contentItemId: string }) {
  const [item] = await ctx.db
    .select({ id: contentItems.id })
    .from(contentItems)
    .where(and(eq(contentItems.workspaceId, ctx.workspace.id), eq(contentItems.id, input.contentItemId)));
  if (!item) throw notFound("Content");
  const rows = await jobsQuery(ctx, [eq(publishJobs.contentItemId, input.contentItemId)]).orderBy(asc(publishJobs.runAt), asc(publishJobs.id));
  return rows.map(({ cursorTime: _c, ...job }) => job);
}

export type CalendarEntry = {
  key: string;
  kind: "job" | "proposal";
  jobId: string | null;
  contentItemId: string;
  title: string;
  contentKind: "blog" | "social" | "thread";
  channel: { id: string; kind: string; name: string } | null;
  runAt: Date;
  status: "awaiting_approval" | (typeof publishJobs.$inferSelect)["status"];
  permalink: string | null;
  risk: PublishRisk | null;
};

export async function calendar(ctx: WorkspaceServiceContext, input: { from: string; to: string }): Promise<CalendarEntry[]> {
  const from = new Date(input.from);
  const to = new Date(input.to);
  const jobs = await jobsQuery(ctx, [gte(publishJobs.runAt, from), lt(publishJobs.runAt, to)]).orderBy(asc(publishJobs.runAt));
  // Items in review whose approvers proposed a time: the latest live proposal per item.
  const proposals = await ctx.db
    .selectDistinctOn([approvals.contentItemId], { contentItemId: approvals.contentItemId, runAt: approvals.scheduledFor, title: contentItems.title, contentKind: contentItems.kind })
    .from(approvals)
    .innerJoin(contentItems, and(eq(contentItems.id, approvals.contentItemId), eq(contentItems.workspaceId, approvals.workspaceId)))
    .where(and(eq(approvals.workspaceId, ctx.workspace.id), eq(contentItems.status, "in_review"), isNull(approvals.voidedAt), isNotNull(approvals.scheduledFor), gte(approvals.scheduledFor, from), lt(approvals.scheduledFor, to)))
    .orderBy(approvals.contentItemId, desc(approvals.createdAt));
  const entries: CalendarEntry[] = [
    ...jobs.map((j) => ({ key: `job:${j.id}`, kind: "job" as const, jobId: j.id, contentItemId: j.contentItemId, title: j.title, contentKind: j.contentKind, channel: j.channel, runAt: j.runAt, status: j.status, permalink: j.permalink, risk: j.risk })),
    ...proposals.map((p) => ({ key: `proposal:${p.contentItemId}`, kind: "proposal" as const, jobId: null, contentItemId: p.contentItemId, title: p.title, contentKind: p.contentKind, channel: null, runAt: p.runAt!, status: "awaiting_approval" as const, permalink: null, risk: null })),
  ];
  return entries.sort((a, b) => a.runAt.getTime() - b.runAt.getTime());
}
