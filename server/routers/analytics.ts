import type { BestTimes, CostRow, EngagementResult, Insight, ProductionResult, ReviewResult, StageRow, TopPost } from "@/server/analytics/types";
import { bestTimesInput, insightsInput, rangeInput, topPostsInput } from "@/server/analytics/schemas";
import { router } from "@/server/trpc/init";
import { workspaceProcedure } from "@/server/trpc/procedures";

const view = () => workspaceProcedure("analytics.view");

// First cut: typed empty results so the dashboard can build against the contract.
export const analyticsRouter = router({
  production: view().input(rangeInput).query((): ProductionResult => ({ byWeek: [], total: 0 })),
  review: view()
    .input(rangeInput)
    .query((): ReviewResult => ({ decided: 0, firstPassApproved: 0, approved: 0, firstPassRate: null, approvalRate: null, timeInReviewHours: { p50: null, p90: null }, byWeek: [] })),
  stages: view().input(rangeInput).query((): StageRow[] => []),
  costs: view().input(rangeInput).query((): CostRow[] => []),
  engagement: view().input(rangeInput).query((): EngagementResult => ({ byPlatform: [], byPattern: [], bySlot: [] })),
  topPosts: view().input(topPostsInput).query((): TopPost[] => []),
  insights: view().input(insightsInput).query((): Insight[] => []),
  bestTimes: view().input(bestTimesInput).query((): BestTimes => ({ source: "defaults", timezone: "UTC", slots: [] })),
});
