"use client";

import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { stepTitle as stageName } from "@/lib/generation/stage-labels";
import { useTRPC } from "@/lib/trpc/client";
import { ChartCard } from "./chart-card";
import { useDashboard } from "./dashboard-context";
import { formatMs, formatNumber, formatPercent } from "@/lib/format";
import { colorAt } from "./format";

const seconds = (ms: number | null) => (ms === null ? null : Math.round(ms / 100) / 10);

/** How long each generation stage takes (median and p90) and how often it fails. */
export function StagesChart() {
  const trpc = useTRPC();
  const { input } = useDashboard();
  const query = useQuery(trpc.analytics.stages.queryOptions(input));
  const stages = query.data ?? [];
  const rows = stages.map((s) => ({ label: stageName(s.stage), p50: seconds(s.p50Ms), p90: seconds(s.p90Ms) }));
  const worst = [...stages].sort((a, b) => b.failureRate - a.failureRate)[0];

  return (
    <ChartCard
      id="stages"
      title="Stage timing and failures"
      description="Median and 90th-percentile duration of each generation stage, and how often it failed."
      table="stages"
      state={query}
      empty={stages.length === 0}
      emptyText="Generate content to see how long each stage takes and how often it fails."
      summary={
        worst && worst.failures > 0
          ? `${stageName(worst.stage)} fails most often: ${formatPercent(worst.failureRate)} of ${formatNumber(worst.runs)} runs.`
          : "No stage failed in this range."
      }
      showTable
      data={{
        columns: ["Stage", "Runs", "Failures", "Failure rate", "Median", "p90"],
        rows: stages.map((s) => [stageName(s.stage), s.runs, s.failures, formatPercent(s.failureRate), formatMs(s.p50Ms), formatMs(s.p90Ms)]),
      }}
    >
      <ResponsiveContainer width="100%" height={Math.max(160, rows.length * 34 + 40)}>
        <BarChart accessibilityLayer={false} data={rows} layout="vertical" margin={{ top: 0, right: 12, left: 8, bottom: 0 }}>
          <CartesianGrid horizontal={false} stroke="#f4f4f5" />
          <XAxis type="number" unit=" s" tickLine={false} axisLine={false} fontSize={12} />
          <YAxis type="category" dataKey="label" width={110} tickLine={false} axisLine={false} fontSize={12} />
          <Tooltip formatter={(v) => `${String(v)} s`} cursor={{ fill: "#fafafa" }} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Bar dataKey="p50" name="Median" fill={colorAt(0)} isAnimationActive={false} />
          <Bar dataKey="p90" name="p90" fill={colorAt(0)} fillOpacity={0.35} stroke={colorAt(0)} isAnimationActive={false} />
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
