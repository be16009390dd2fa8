/**
 * Dashboard numbers equal a direct recomputation from the seeded rows: plain SELECTs of the raw
 * rows, aggregated here in JavaScript (not the service's SQL), plus the seed's known totals.
 */
import { sql } from "drizzle-orm";
import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/server/db/client";
import { median, quantile } from "@/server/learn/scoring";
import { callerFor, createOwner } from "../factories/users";
import { seedAnalytics, type AnalyticsSeed } from "./seed";

let owner: Awaited<ReturnType<typeof createOwner>>;
let seed: AnalyticsSeed;
const rowsOf = async <T>(q: ReturnType<typeof sql>) => (await db.execute(q)).rows as T[];
const input = () => ({ workspaceSlug: owner.workspace.slug, ...seed.range });
const close = (a: number | null, b: number | null) => (a === null || b === null ? expect(a).toBe(b) : expect(a).toBeCloseTo(b, 6));
function groupBy<T>(list: T[], key: (t: T) => string): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const item of list) out.set(key(item), [...(out.get(key(item)) ?? []), item]);
  return out;
}
const mondayOf = (d: Date) => {
  const utc = new Date(Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate()));
  utc.setUTCDate(utc.getUTCDate() - ((utc.getUTCDay() + 6) % 7));
  return utc.toISOString().slice(0, 10);
};

beforeAll(async () => {
  owner = await createOwner();
  seed = await seedAnalytics({ workspaceId: owner.workspace.id, actor: owner.user });
}, 60_000);

describe("analytics dashboard", () => {
  it("production: reviewable items per week and kind", async () => {
    const result = await callerFor(owner.user).analytics.production(input());
    const items = await rowsOf<{ kind: "blog" | "social" | "thread"; created_at: Date; status: string }>(sql`select kind, created_at, status from content_items where workspace_id = ${owner.workspace.id}`);
    const counted = items.filter((i) => !["generating", "generation_failed", "cancelled"].includes(i.status));
    expect(result.total).toBe(counted.length);
    expect(result.total).toBe(18);
    for (const week of result.byWeek) {
      const inWeek = counted.filter((i) => mondayOf(new Date(i.created_at)) === week.week);
      expect(week).toEqual({ week: week.week, blog: inWeek.filter((i) => i.kind === "blog").length, social: inWeek.filter((i) => i.kind === "social").length, thread: inWeek.filter((i) => i.kind === "thread").length });
    }
  });

  it("review: first-pass and overall approval rates, time in review", async () => {
    const r = await callerFor(owner.user).analytics.review(input());
    const decisions = await rowsOf<{ content_item_id: string; decision: string; created_at: Date; version_created: Date }>(
      sql`select a.content_item_id, a.decision, a.created_at, v.created_at as version_created from approvals a join content_versions v on v.content_item_id = a.content_item_id and v.number = a.version_number where a.workspace_id = ${owner.workspace.id} order by a.created_at`,
    );
    const byItem = groupBy(decisions, (d) => d.content_item_id);
    const decided = [...byItem.values()];
    const approved = decided.filter((ds) => ds.some((d) => d.decision === "approved"));
    const firstPass = approved.filter((ds) => ds.every((d) => d.decision === "approved"));
    const hours = decided.map((ds) => (new Date(ds[0]!.created_at).getTime() - new Date(ds[0]!.version_created).getTime()) / 3_600_000);
    expect({ decided: r.decided, approved: r.approved, firstPassApproved: r.firstPassApproved }).toEqual({ decided: 17, approved: 16, firstPassApproved: 14 });
    expect(r.decided).toBe(decided.length);
    expect(r.approved).toBe(approved.length);
    expect(r.firstPassApproved).toBe(firstPass.length);
    close(r.firstPassRate, firstPass.length / decided.length);
    close(r.approvalRate, approved.length / decided.length);
    close(r.timeInReviewHours.p50, median(hours));
    close(r.timeInReviewHours.p90, quantile(hours, 0.9));
    expect(r.byWeek.length).toBeGreaterThan(1);
  });

  it("stages: runs, failures and duration percentiles per stage", async () => {
    const stages = await callerFor(owner.user).analytics.stages(input());
    const steps = await rowsOf<{ stage: string; outcome: string; duration_ms: number }>(sql`select stage, outcome, duration_ms from generation_steps where workspace_id = ${owner.workspace.id}`);
    const draft = stages.find((s) => s.stage === "draft")!;
    expect(draft).toMatchObject({ runs: 20, failures: 2 });
    for (const row of stages) {
      const mine = steps.filter((s) => s.stage === row.stage);
      const failures = mine.filter((s) => ["failed", "rejected", "timed_out"].includes(s.outcome)).length;
      const timed = mine.filter((s) => s.outcome !== "skipped").map((s) => s.duration_ms);
      expect(row.runs).toBe(mine.length);
      expect(row.failures).toBe(failures);
      close(row.failureRate, failures / mine.length);
      close(row.p50Ms, quantile(timed, 0.5));
      close(row.p90Ms, quantile(timed, 0.9));
    }
  });

  it("costs: tokens and cost by month, provider, model and stage", async () => {
    const costs = await callerFor(owner.user).analytics.costs(input());
    const steps = await rowsOf<{ started_at: Date; provider: string | null; model: string | null; stage: string; tokens_in: number; tokens_out: number; cost_usd: string }>(
      sql`select started_at, provider, model, stage, tokens_in, tokens_out, cost_usd from generation_steps where workspace_id = ${owner.workspace.id} and provider is not null`,
    );
    const key = (s: { month: string; provider: string; model: string; stage: string }) => `${s.month}|${s.provider}|${s.model}|${s.stage}`;
    const expected = new Map<string, { tokensIn: number; tokensOut: number; costUsd: number }>();
    for (const s of steps) {
      const k = key({ month: new Date(s.started_at).toISOString().slice(0, 7), provider: s.provider!, model: s.model!, stage: s.stage });
      const e = expected.get(k) ?? { tokensIn: 0, tokensOut: 0, costUsd: 0 };
      expected.set(k, { tokensIn: e.tokensIn + s.tokens_in, tokensOut: e.tokensOut + s.tokens_out, costUsd: e.costUsd + Number(s.cost_usd) });
    }
    expect(costs).toHaveLength(expected.size);
    for (const row of costs) {
      const e = expected.get(key(row))!;
      expect({ tokensIn: row.tokensIn, tokensOut: row.tokensOut }).toEqual({ tokensIn: e.tokensIn, tokensOut: e.tokensOut });
      close(row.costUsd, e.costUsd);
    }
    expect(costs.some((c) => c.stage === "image")).toBe(false);
  });

  it("engagement: per platform, pattern and slot, each delivery once with its latest snapshot", async () => {
    const e = await callerFor(owner.user).analytics.engagement(input());
    const finals = await rowsOf<{ platform: string; likes: number; comments: number; shares: number; impressions: number; views: number; clicks: number; saves: number; score: number; patterns: Record<string, string> }>(
      sql`select * from metric_snapshots where workspace_id = ${owner.workspace.id} and "window" = '72h' and status = 'ok'`,
    );
    expect(finals).toHaveLength(16);
    for (const p of e.byPlatform) {
      const mine = finals.filter((f) => f.platform === p.platform);
      const sum = (k: "likes" | "comments" | "shares" | "clicks" | "saves") => mine.reduce((a, f) => a + f[k], 0);
      expect(p).toMatchObject({ posts: mine.length, likes: sum("likes"), comments: sum("comments"), shares: sum("shares"), clicks: sum("clicks"), saves: sum("saves"), impressions: mine.reduce((a, f) => a + Math.max(f.impressions, f.views), 0) });
      close(p.medianScore, median(mine.map((f) => f.score)));
    }
    const question = e.byPattern.find((p) => p.platform === "linkedin" && p.dimension === "hook" && p.value === "question")!;
    const linkedinMedian = median(finals.filter((f) => f.platform === "linkedin").map((f) => f.score))!;
    expect(question.posts).toBe(6);
    close(question.score, 2.3);
    close(question.lift, 2.3 / linkedinMedian);
    const slots = groupBy(finals, (f) => `${f.platform}|${f.patterns.slot}`);
    expect(e.bySlot).toHaveLength(slots.size);
    for (const s of e.bySlot) {
      const mine = slots.get(`${s.platform}|${s.weekday}-${String(s.hour).padStart(2, "0")}`)!;
      expect(s.posts).toBe(mine.length);
      close(s.medianScore, median(mine.map((f) => f.score)));
    }
  });

  it("top posts, insights and best times", async () => {
    const caller = callerFor(owner.user);
    const top = await caller.analytics.topPosts({ ...input(), limit: 3 });
    expect(top).toHaveLength(3);
    expect(top.every((p) => p.platform === "linkedin" && Math.abs(p.score - 2.3) < 1e-6 && p.channelName === "Acme on LinkedIn")).toBe(true);
    const insights = await caller.analytics.insights({ workspaceSlug: owner.workspace.slug });
    const q = insights.find((i) => i.platform === "linkedin" && i.dimension === "hook" && i.value === "question")!;
    expect(q).toMatchObject({ samples: 6 });
    expect(q.lift).toBeCloseTo(2.3, 6);
    expect(q.text).toBe("Question hooks got 2.3× your median engagement on LinkedIn (6 posts, weighted towards the last 30 days).");
    expect(insights.find((i) => i.dimension === "hook" && i.value === "number-list")).toBeUndefined(); // 4 posts on X: below the minimum
    const times = await caller.analytics.bestTimes({ workspaceSlug: owner.workspace.slug, channelId: seed.channelIds.linkedin });
    expect(times.timezone).toBe("UTC");
    // 10 LinkedIn posts three days apart at the same hour: some weekday slots hold two of them.
    expect(times.source).toBe("workspace");
    expect(times.slots[0]!.why).toMatch(/^Your posts on LinkedIn at \w+day \d\d:00–\d\d:00 got [\d.]+× your median engagement \(\d+ posts in the last 90 days\)\.$/u);
    const xTimes = await caller.analytics.bestTimes({ workspaceSlug: owner.workspace.slug, channelId: seed.channelIds.x });
    expect(xTimes.source).toBe("defaults");
    expect(xTimes.slots[0]!.why).toContain("4 of 10 measured posts");
  });
});
