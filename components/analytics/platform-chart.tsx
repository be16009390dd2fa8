"use client";

import { Bar, BarChart, CartesianGrid, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { ChartCard } from "./chart-card";
import { noMetricsYet, useEngagement } from "./engagement-query";
import { formatNumber } from "@/lib/format";
import { colorAt, formatScore, platformName } from "./format";

/** Engagement per platform: the median score (1 = the account's usual) and the raw counts. */
export function PlatformChart() {
  const query = useEngagement();
  const platforms = query.data?.byPlatform ?? [];
  const rows = platforms.map((p) => ({ label: platformName(p.platform), score: p.medianScore === null ? null : Math.round(p.medianScore * 100) / 100 }));
  const best = [...platforms].filter((p) => p.medianScore !== null).sort((a, b) => b.medianScore! - a.medianScore!)[0];

  return (
    <ChartCard
      id="engagement-platform"
      title="Engagement by platform"
      description="Median engagement score per post (1.0 is the account's usual) and what the posts collected."
      table="engagement_platform"
      state={query}
      empty={platforms.length === 0}
      emptyText={noMetricsYet}
      summary={best ? `${platformName(best.platform)} has the highest median score, ${formatScore(best.medianScore)}.` : undefined}
      showTable
      data={{
        columns: ["Platform", "Posts", "Median score", "Impressions", "Likes", "Comments", "Shares", "Clicks", "Saves"],
        rows: platforms.map((p) => [
          platformName(p.platform),
          p.posts,
          formatScore(p.medianScore),
          formatNumber(p.impressions),
          formatNumber(p.likes),
          formatNumber(p.comments),
          formatNumber(p.shares),
          formatNumber(p.clicks),
          formatNumber(p.saves),
        ]),
      }}
    >
      <ResponsiveContainer width="100%" height={180}>
        <BarChart accessibilityLayer={false} data={rows} margin={{ top: 4, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#f4f4f5" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} />
          <YAxis tickLine={false} axisLine={false} fontSize={12} />
          <Tooltip cursor={{ fill: "#fafafa" }} />
          <Bar dataKey="score" name="Median score" fill={colorAt(1)} radius={[4, 4, 0, 0]} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
