/**
 * A workspace's history for analytics (used by tests/analytics and the dashboard E2E): items of
 * every kind with versions, generation runs and their stage steps (one failed), review decisions
 * (first-pass approvals, a changes-requested round, a rejection, one still waiting), deliveries
 * to LinkedIn, X and the blog with +6h/+24h/+72h snapshots, and pattern scores learned from them
 * through the real learn step. Dates are relative to `now`; ids are fresh on every call.
 *
 * LinkedIn: 6 question-hook posts score 2.3× the channel median, 4 statement-hook posts 0.6× —
 * so insights say "Question hooks got 2.3× your median engagement on LinkedIn".
 */
import { and, eq } from "drizzle-orm";
import { db } from "@/server/db/client";
import { approvals, channels, contentItems, contentVersions, generationRuns, generationSteps, metricSnapshots, publishJobs } from "@/server/db/schema";
import { learnFromDelivery } from "@/server/learn/apply-learning";
import { slotOf, slotTag } from "@/server/learn/slot";

const hour = 3_600_000;
const day = 24 * hour;

type Kind = "blog" | "social" | "thread";
type Platform = "linkedin" | "x" | "blog";
type Plan = {
  kind: Kind;
  daysAgo: number;
  status: "published" | "in_review" | "changes_requested" | "generation_failed";
  platform?: Platform;
  patterns?: Record<string, string>;
  review?: "first-pass" | "second-pass" | "rejected";
  score?: number;
  metrics?: { likes: number; comments: number; shares: number; impressions: number; clicks: number; saves: number; views: number };
};

function plans(): Plan[] {
  const out: Plan[] = [];
  for (let i = 0; i < 10; i++) {
    const question = i < 6;
    out.push({
      kind: "social",
      daysAgo: 40 - 3 * i,
      status: "published",
      platform: "linkedin",
      patterns: { hook: question ? "question" : "statement", angle: i % 2 === 0 ? "how-to" : "list", format: "single", length: "short" },
      review: i % 4 === 3 ? "second-pass" : "first-pass",
      score: question ? 2.3 : 0.6,
      metrics: { likes: question ? 60 + i : 12 + i, comments: question ? 9 : 2, shares: question ? 4 : 1, impressions: 3000 + 100 * i, clicks: 20, saves: 3, views: 0 },
    });
  }
  for (let i = 0; i < 4; i++) {
    out.push({
      kind: i === 3 ? "thread" : "social",
      daysAgo: 35 - 4 * i,
      status: "published",
      platform: "x",
      patterns: { hook: "number-list", angle: "list", format: i === 3 ? "thread" : "single", length: "medium" },
      review: "first-pass",
      score: 0.8 + 0.2 * i,
      metrics: { likes: 20 + 5 * i, comments: 3, shares: 2 + i, impressions: 1500 + 200 * i, clicks: 5, saves: 1, views: 0 },
    });
  }
  for (const daysAgo of [30, 20]) {
    out.push({ kind: "blog", daysAgo, status: "published", platform: "blog", patterns: { hook: "story", angle: "story", format: "blog", length: "medium" }, review: "first-pass", score: 1, metrics: { likes: 0, comments: 0, shares: 0, impressions: 0, clicks: 0, saves: 0, views: 150 + daysAgo } });
  }
  out.push({ kind: "social", daysAgo: 8, status: "changes_requested", review: "rejected" });
  out.push({ kind: "social", daysAgo: 5, status: "in_review" });
  out.push({ kind: "social", daysAgo: 10, status: "generation_failed" });
  out.push({ kind: "blog", daysAgo: 12, status: "generation_failed" });
  return out;
}

const stages = ["research", "outline", "draft", "critique", "seo", "image"] as const;

async function channelFor(workspaceId: string, kind: Platform): Promise<string> {
  const [found] = await db.select({ id: channels.id }).from(channels).where(and(eq(channels.workspaceId, workspaceId), eq(channels.kind, kind)));
  if (found) return found.id;
  const names = { linkedin: "Acme on LinkedIn", x: "@acme", blog: "Acme blog" } as const;
  const [row] = await db.insert(channels).values({ workspaceId, kind, name: names[kind], externalAccountId: kind === "blog" ? workspaceId : `${kind}-${crypto.randomUUID()}` }).returning({ id: channels.id });
  return row!.id;
}

async function seedRun(workspaceId: string, itemId: string, kind: Kind, createdAt: Date, failed: boolean) {
  const [run] = await db
    .insert(generationRuns)
    .values({
      workspaceId,
      contentItemId: itemId,
      workflowId: `gen:${itemId}`,
      status: failed ? "failed" : "succeeded",
      stage: failed ? "draft" : "image",
      percent: failed ? 45 : 100,
      error: failed ? { stage: "draft", message: "The draft stage failed.", cause: "Every provider refused: rate limited.", retryable: true } : null,
      deadlineAt: new Date(createdAt.getTime() + hour),
      startedAt: createdAt,
      finishedAt: new Date(createdAt.getTime() + 10 * 60_000),
    })
    .returning({ id: generationRuns.id });
  const [provider, model] = kind === "blog" ? ["anthropic", "claude-3-5-haiku-latest"] : ["openai", "gpt-4o-mini"];
  let at = createdAt.getTime();
  for (const [i, stage] of stages.entries()) {
    const isFailed = failed && stage === "draft";
    const skipped = stage === "image";
    const durationMs = 1000 * (i + 1) * (kind === "blog" ? 3 : 1);
    await db.insert(generationSteps).values({
      workspaceId,
      runId: run!.id,
      stage,
      provider: skipped ? null : provider,
      model: skipped ? null : model,
      tokensIn: skipped ? 0 : 500 * (i + 1),
      tokensOut: skipped ? 0 : 200 * (i + 1),
      costUsd: skipped ? "0" : ((i + 1) * 0.0015).toFixed(6),
      durationMs,
      outcome: isFailed ? "failed" : skipped ? "skipped" : "succeeded",
      error: isFailed ? "Every provider refused: rate limited." : skipped ? "skipped: no image provider" : null,
      startedAt: new Date(at),
      finishedAt: new Date(at + durationMs),
    });
    at += durationMs;
    if (isFailed) break;
  }
  return run!.id;
}

async function seedReview(workspaceId: string, itemId: string, plan: Plan, createdAt: Date, actor: { id: string; label: string }) {
  const t = (h: number) => new Date(createdAt.getTime() + h * hour);
  const base = { workspaceId, contentItemId: itemId, step: 1, actorId: actor.id, actorLabel: actor.label };
  await db.insert(contentVersions).values({ workspaceId, contentItemId: itemId, number: 1, source: "final", title: "Version 1", body: "Body 1", createdAt: t(1) });
  if (plan.review === "rejected") {
    await db.insert(approvals).values({ ...base, versionNumber: 1, decision: "rejected", comment: "Off brand.", createdAt: t(4) });
    return 1;
  }
  if (plan.review === "second-pass") {
    await db.insert(approvals).values({ ...base, versionNumber: 1, decision: "changes_requested", comment: "Shorter, please.", createdAt: t(5) });
    await db.insert(contentVersions).values({ workspaceId, contentItemId: itemId, number: 2, source: "edit", title: "Version 2", body: "Body 2", createdAt: t(6) });
    await db.insert(approvals).values({ ...base, versionNumber: 2, decision: "approved", createdAt: t(8) });
    return 2;
  }
  if (plan.review === "first-pass") {
    await db.insert(approvals).values({ ...base, versionNumber: 1, decision: "approved", createdAt: t(3) });
  }
  return 1;
}

export type AnalyticsSeed = Awaited<ReturnType<typeof seedAnalytics>>;

export async function seedAnalytics(opts: { workspaceId: string; actor: { id: string; name?: string | null }; now?: Date }) {
  const now = new Date(Math.floor((opts.now ?? new Date()).getTime() / hour) * hour);
  const ws = opts.workspaceId;
  const actor = { id: opts.actor.id, label: opts.actor.name ?? "Reviewer" };
  const channelIds = { linkedin: await channelFor(ws, "linkedin"), x: await channelFor(ws, "x"), blog: await channelFor(ws, "blog") };
  const items: string[] = [];
  const jobs: string[] = [];
  const runs: string[] = [];
  for (const [n, plan] of plans().entries()) {
    const createdAt = new Date(now.getTime() - plan.daysAgo * day);
    const [item] = await db
      .insert(contentItems)
      .values({ workspaceId: ws, kind: plan.kind, status: plan.status === "published" ? "in_review" : plan.status, title: `Seeded ${plan.kind} ${n + 1}`, request: { kind: plan.kind, platforms: plan.platform && plan.platform !== "blog" ? [plan.platform] : [], topic: `Seeded topic ${n + 1}`, keywords: [], wordCount: 60, tolerancePct: 10, strict: false, tone: "friendly" }, patterns: plan.patterns ?? {}, createdById: actor.id, createdAt })
      .returning({ id: contentItems.id });
    items.push(item!.id);
    runs.push(await seedRun(ws, item!.id, plan.kind, createdAt, plan.status === "generation_failed"));
    if (plan.status === "generation_failed") continue;
    const version = await seedReview(ws, item!.id, plan, createdAt, actor);
    await db.update(contentItems).set({ currentVersion: version, ...(plan.status === "published" ? { status: "published" as const } : {}) }).where(eq(contentItems.id, item!.id));
    if (plan.status !== "published" || !plan.platform) continue;
    const publishedAt = new Date(createdAt.getTime() + 2 * day);
    const jobId = crypto.randomUUID();
    await db.insert(publishJobs).values({ id: jobId, workspaceId: ws, contentItemId: item!.id, channelId: channelIds[plan.platform], versionNumber: version, runAt: publishedAt, status: "published", workflowId: `publish:${jobId}`, idempotencyKey: `seed-${jobId}`, attempts: 1, externalId: `ext-${jobId}`, permalink: `https://example.test/${plan.platform}/${jobId}`, startedAt: publishedAt, publishedAt, createdById: actor.id });
    jobs.push(jobId);
    const patterns = { ...plan.patterns, platform: plan.platform, slot: slotTag(slotOf(publishedAt, "UTC")) };
    for (const [w, afterHours, share] of [["6h", 6, 0.4], ["24h", 24, 0.8], ["72h", 72, 1]] as const) {
      const m = plan.metrics!;
      const scale = (v: number) => Math.round(v * share);
      await db.insert(metricSnapshots).values({ workspaceId: ws, jobId, channelId: channelIds[plan.platform], contentItemId: item!.id, platform: plan.platform, window: w, likes: scale(m.likes), comments: scale(m.comments), shares: scale(m.shares), impressions: scale(m.impressions), views: scale(m.views), clicks: scale(m.clicks), saves: scale(m.saves), rawScore: plan.score! * 10 * share, score: plan.score! * share, patterns, publishedAt, capturedAt: new Date(publishedAt.getTime() + afterHours * hour) });
    }
    await learnFromDelivery({ jobId, workspaceId: ws }, now);
  }
  return { now, range: { from: new Date(now.getTime() - 60 * day).toISOString(), to: new Date(now.getTime() + day).toISOString() }, channelIds, itemIds: items, jobIds: jobs, runIds: runs };
}
