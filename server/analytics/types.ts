import "server-only";

/** Result shapes of the analytics procedures (the contract with the dashboard, issue #7). */
export type Week = string;

export type ProductionResult = { byWeek: Array<{ week: Week; blog: number; social: number; thread: number }>; total: number };

export type ReviewResult = {
  decided: number;
  firstPassApproved: number;
  approved: number;
  firstPassRate: number | null;
  approvalRate: number | null;
  timeInReviewHours: { p50: number | null; p90: number | null };
  byWeek: Array<{ week: Week; firstPassRate: number | null; approvalRate: number | null; medianHours: number | null }>;
};

export type StageRow = { stage: string; runs: number; failures: number; failureRate: number; p50Ms: number | null; p90Ms: number | null };

export type CostRow = { month: string; provider: string; model: string; stage: string; tokensIn: number; tokensOut: number; costUsd: number };

export type PatternDimension = "hook" | "angle" | "format" | "length" | "slot";

export type EngagementResult = {
  byPlatform: Array<{ platform: string; posts: number; likes: number; comments: number; shares: number; impressions: number; clicks: number; saves: number; medianScore: number | null }>;
  byPattern: Array<{ platform: string; dimension: PatternDimension; value: string; posts: number; score: number; lift: number | null }>;
  bySlot: Array<{ platform: string; weekday: number; hour: number; posts: number; medianScore: number | null }>;
};

export type TopPost = {
  jobId: string;
  contentItemId: string;
  title: string;
  platform: string;
  channelName: string;
  permalink: string | null;
  publishedAt: Date;
  score: number;
  likes: number;
  comments: number;
  shares: number;
  impressions: number;
};

export type Insight = { platform: string; dimension: string; value: string; lift: number; samples: number; text: string };

export type BestTimes = { source: "workspace" | "defaults"; timezone: string; slots: Array<{ weekday: number; hour: number; score: number; why: string }> };
