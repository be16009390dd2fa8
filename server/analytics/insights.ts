import "server-only";

/** analytics.insights: the workspace's trusted, notable patterns with plain explanations. */
import { patternInsights } from "@/server/learn/insights";
import type { AnalyticsContext } from "./context";
import type { InsightsInput } from "./schemas";
import type { Insight } from "./types";

export const maxInsights = 20;

export async function listInsights(ctx: AnalyticsContext, input: InsightsInput): Promise<Insight[]> {
  const found = await patternInsights(ctx.db, ctx.workspace.id, { platforms: input.platform ? [input.platform] : undefined });
  return found.slice(0, maxInsights).map(({ platform, dimension, value, lift, samples, text }) => ({ platform, dimension, value, lift, samples, text }));
}
