"use client";

import { useQuery } from "@tanstack/react-query";
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { useTRPC } from "@/lib/trpc/client";
import { ChartCard } from "./chart-card";
import { useDashboard } from "./dashboard-context";
import { formatNumber, formatPercent } from "@/lib/format";
import { colorAt, formatHours, weekLabel } from "./format";
import { Stat } from "./stat";

const pct = (rate: number | null) => (rate === null ? null : Math.round(rate * 1000) / 10);

/** Approval rate (first pass and overall) and time in review. */
export function ReviewChart() {
  const trpc = useTRPC();
  const { input } = useDashboard();
  const query = useQuery(trpc.analytics.review.queryOptions(input));
  const data = query.data;
  const rows = data?.byWeek.map((w) => ({ label: weekLabel(w.week), firstPass: pct(w.firstPassRate), overall: pct(w.approvalRate) })) ?? [];

  return (
    <ChartCard
      id="review"
      title="Approval rate and time in review"
      description="Share of decided items approved without changes (first pass) and in the end (overall)."
      table="review"
      state={query}
      empty={!data || data.decided === 0}
      emptyText="Approve or request changes on content in Review to see approval rates and review times."
      summary={
        data
          ? `${formatNumber(data.decided)} items decided: ${formatPercent(data.firstPassRate)} approved on the first pass, ${formatPercent(data.approvalRate)} overall; a median of ${formatHours(data.timeInReviewHours.p50)} in review.`
          : undefined
      }
      data={{
        columns: ["Week of", "First-pass approval", "Overall approval", "Median time in review"],
        rows: (data?.byWeek ?? []).map((w) => [w.week, formatPercent(w.firstPassRate), formatPercent(w.approvalRate), formatHours(w.medianHours)]),
      }}
      extra={
        data && (
        <dl className="grid grid-cols-2 gap-2">
          <Stat label="First-pass approval" value={formatPercent(data.firstPassRate)} hint={`${formatNumber(data.firstPassApproved)} of ${formatNumber(data.decided)}`} />
          <Stat label="Overall approval" value={formatPercent(data.approvalRate)} hint={`${formatNumber(data.approved)} of ${formatNumber(data.decided)}`} />
          <Stat label="Median time in review" value={formatHours(data.timeInReviewHours.p50)} />
          <Stat label="p90 time in review" value={formatHours(data.timeInReviewHours.p90)} />
        </dl>
        )
      }
    >
      <ResponsiveContainer width="100%" height={200}>
        <LineChart accessibilityLayer={false} data={rows} margin={{ top: 4, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#f4f4f5" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} />
          <YAxis domain={[0, 100]} unit=" %" tickLine={false} axisLine={false} fontSize={12} />
          <Tooltip formatter={(v) => `${String(v)} %`} />
          <Legend wrapperStyle={{ fontSize: 12 }} />
          <Line dataKey="firstPass" name="First pass" stroke={colorAt(0)} strokeWidth={2} dot={{ r: 3 }} connectNulls isAnimationActive={false} />
          <Line dataKey="overall" name="Overall" stroke={colorAt(1)} strokeWidth={2} strokeDasharray="5 3" dot={{ r: 3, strokeDasharray: "" }} connectNulls isAnimationActive={false} />
        </LineChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
