"use client";

import { useQuery } from "@tanstack/react-query";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { pluralize } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { ChartCard } from "./chart-card";
import { useDashboard } from "./dashboard-context";
import { colorAt, weekLabel } from "./format";

const kinds = [
  { key: "blog", label: "Blog posts", one: "blog post" },
  { key: "social", label: "Social posts", one: "social post" },
  { key: "thread", label: "Threads", one: "thread" },
] as const;

/** Content produced per week, stacked by kind. */
export function ProductionChart() {
  const trpc = useTRPC();
  const { input } = useDashboard();
  const query = useQuery(trpc.analytics.production.queryOptions(input));
  const data = query.data;
  const totals = kinds.map((k) => ({ ...k, total: data?.byWeek.reduce((sum, w) => sum + w[k.key], 0) ?? 0 }));
  const rows = data?.byWeek.map((w) => ({ ...w, label: weekLabel(w.week) })) ?? [];

  return (
    <ChartCard
      id="production"
      title="Content produced"
      description="Items generated per week, by kind."
      table="production"
      state={query}
      empty={!data || data.total === 0}
      emptyText="Request content to see what the loop produces each week."
      summary={`${pluralize(data?.total ?? 0, "item")}: ${totals.map((t) => pluralize(t.total, t.one)).join(", ")}.`}
      data={{
        columns: ["Week of", ...kinds.map((k) => k.label)],
        rows: rows.map((w) => [w.week, w.blog, w.social, w.thread]),
      }}
    >
      <ResponsiveContainer width="100%" height={240}>
        <BarChart accessibilityLayer={false} data={rows} margin={{ top: 4, right: 8, left: -16, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#f4f4f5" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} />
          <YAxis allowDecimals={false} tickLine={false} axisLine={false} fontSize={12} />
          <Tooltip cursor={{ fill: "#fafafa" }} />
          <Legend iconType="square" wrapperStyle={{ fontSize: 12 }} />
          {kinds.map((k, i) => (
            <Bar key={k.key} dataKey={k.key} name={k.label} stackId="kind" fill={colorAt(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
