import "server-only";

/**
 * timeline.forItem: one item's life in order — the request, every generation stage (model, cost,
 * outcome, cause), review decisions, deliveries and metric snapshots. A failed stage of a failed
 * or timed-out run is `retryable`: content.retryRun({ runId }) restarts the run from it.
 */
import { eq } from "drizzle-orm";
import { loadContentItem } from "@/server/content/load-content";
import { users } from "@/server/db/schema";
import type { AnalyticsContext } from "@/server/analytics/context";
import { deliveryEntry, reviewEntry, snapshotEntry, stageEntries } from "./entries";
import { loadItemEvents } from "./load-events";
import type { TimelineEntry, TimelineInput } from "./types";

const kindOrder: Record<TimelineEntry["kind"], number> = { request: 0, stage: 1, review: 2, delivery: 3, metrics: 4 };

export async function timelineForItem(ctx: AnalyticsContext, input: TimelineInput): Promise<TimelineEntry[]> {
  const item = await loadContentItem(ctx.db, ctx.workspace.id, input.contentItemId);
  const events = await loadItemEvents(ctx.db, ctx.workspace.id, item.id);
  const [creator] = item.createdById ? await ctx.db.select({ name: users.name, email: users.email }).from(users).where(eq(users.id, item.createdById)) : [];
  const request: TimelineEntry = {
    at: item.createdAt,
    endAt: null,
    kind: "request",
    title: `Requested ${item.kind === "blog" ? "a blog post" : item.kind === "thread" ? "a thread" : "a social post"}`,
    detail: item.request.topic,
    actor: creator ? (creator.name ?? creator.email) : null,
    model: null,
    provider: null,
    costUsd: null,
    tokens: null,
    durationMs: null,
    outcome: null,
    runId: null,
    stage: null,
    retryable: false,
  };
  const entries = [
    request,
    ...stageEntries(events.runs, events.steps),
    ...events.reviews.map(reviewEntry),
    ...events.jobs.map(deliveryEntry),
    ...events.snapshots.map(snapshotEntry),
  ];
  return entries.sort((a, b) => a.at.getTime() - b.at.getTime() || kindOrder[a.kind] - kindOrder[b.kind]);
}
