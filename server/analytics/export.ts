import "server-only";

/** The table behind each dashboard chart, as CSV (the export route streams this). */
import { engagementStats } from "./engagement";
import type { AnalyticsContext } from "./context";
import { toCsv } from "./csv";
import { productionStats } from "./production";
import { reviewStats } from "./review-stats";
import type { AnalyticsTable, RangeInput } from "./schemas";
import { costStats, stageStats } from "./stage-stats";
import { topPosts } from "./top-posts";

export async function analyticsTableCsv(ctx: AnalyticsContext, table: AnalyticsTable, range: RangeInput): Promise<string> {
  switch (table) {
    case "production": {
      const r = await productionStats(ctx, range);
      return toCsv(["week", "blog", "social", "thread"], r.byWeek.map((w) => [w.week, w.blog, w.social, w.thread]));
    }
    case "review": {
      const r = await reviewStats(ctx, range);
      return toCsv(["week", "first_pass_rate", "approval_rate", "median_hours_in_review"], r.byWeek.map((w) => [w.week, w.firstPassRate, w.approvalRate, w.medianHours]));
    }
    case "stages": {
      const r = await stageStats(ctx, range);
      return toCsv(["stage", "runs", "failures", "failure_rate", "p50_ms", "p90_ms"], r.map((s) => [s.stage, s.runs, s.failures, s.failureRate, s.p50Ms, s.p90Ms]));
    }
    case "costs": {
      const r = await costStats(ctx, range);
      return toCsv(["month", "provider", "model", "stage", "tokens_in", "tokens_out", "cost_usd"], r.map((c) => [c.month, c.provider, c.model, c.stage, c.tokensIn, c.tokensOut, c.costUsd]));
    }
    case "engagement_platform": {
      const r = await engagementStats(ctx, range);
      return toCsv(
        ["platform", "posts", "likes", "comments", "shares", "impressions", "clicks", "saves", "median_score"],
        r.byPlatform.map((p) => [p.platform, p.posts, p.likes, p.comments, p.shares, p.impressions, p.clicks, p.saves, p.medianScore]),
      );
    }
    case "engagement_pattern": {
      const r = await engagementStats(ctx, range);
      return toCsv(["platform", "dimension", "value", "posts", "score", "lift"], r.byPattern.map((p) => [p.platform, p.dimension, p.value, p.posts, p.score, p.lift]));
    }
    case "engagement_slot": {
      const r = await engagementStats(ctx, range);
      return toCsv(["platform", "weekday", "hour", "posts", "median_score"], r.bySlot.map((s) => [s.platform, s.weekday, s.hour, s.posts, s.medianScore]));
    }
    case "top_posts": {
      const r = await topPosts(ctx, { ...range, limit: 100 });
      return toCsv(
        ["published_at", "title", "platform", "channel", "permalink", "score", "likes", "comments", "shares", "impressions"],
        r.map((p) => [p.publishedAt, p.title, p.platform, p.channelName, p.permalink, p.score, p.likes, p.comments, p.shares, p.impressions]),
      );
    }
  }
}
