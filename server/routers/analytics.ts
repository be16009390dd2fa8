import "server-only";
import { bestTimes } from "@/server/analytics/best-times";
import { engagementStats } from "@/server/analytics/engagement";
import { listInsights } from "@/server/analytics/insights";
import { productionStats } from "@/server/analytics/production";
import { reviewStats } from "@/server/analytics/review-stats";
import { bestTimesInput, insightsInput, rangeInput, topPostsInput } from "@/server/analytics/schemas";
import { costStats, stageStats } from "@/server/analytics/stage-stats";
import { topPosts } from "@/server/analytics/top-posts";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";

const view = () => workspaceProcedure("analytics.view");

/** The analytics dashboard (issue #7): every query is scoped to the caller's workspace and a date range. */
export const analyticsRouter = router({
  /** Items produced per week and kind. */
  production: view().input(rangeInput).query(({ ctx, input }) => productionStats(ctx, input)),
  /** First-pass and overall approval rates, time in review. */
  review: view().input(rangeInput).query(({ ctx, input }) => reviewStats(ctx, input)),
  /** Per generation stage: runs, failure rate, duration percentiles. */
  stages: view().input(rangeInput).query(({ ctx, input }) => stageStats(ctx, input)),
  /** Tokens and cost by month, provider, model and stage. */
  costs: view().input(rangeInput).query(({ ctx, input }) => costStats(ctx, input)),
  /** Engagement by platform, pattern and posting slot. */
  engagement: view().input(rangeInput).query(({ ctx, input }) => engagementStats(ctx, input)),
  topPosts: view().input(topPostsInput).query(({ ctx, input }) => topPosts(ctx, input)),
  /** Trusted patterns that beat (or trail) the account's median, explained. */
  insights: view().input(insightsInput).query(({ ctx, input }) => listInsights(ctx, input)),
  /** A channel's best posting slots: its own data, or general defaults when thin. */
  bestTimes: view().input(bestTimesInput).query(({ ctx, input }) => bestTimes(ctx, input)),
});
