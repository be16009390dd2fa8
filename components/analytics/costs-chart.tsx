"use client";

import { useQuery } from "@tanstack/react-query";
import { useState } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { stepTitle as stageName } from "@/lib/generation/stage-labels";
import { providerName } from "@/components/content/content-labels";
import { useTRPC } from "@/lib/trpc/client";
import type { CostRow } from "@/server/analytics/types";
import { ChartCard } from "./chart-card";
import { useDashboard } from "./dashboard-context";
import { formatNumber, formatUsd } from "@/lib/format";
import { colorAt, monthLabel } from "./format";
import { Segmented } from "./segmented";

const groupings = [
  { value: "provider", label: "Provider", name: (r: CostRow) => providerName(r.provider) },
  { value: "model", label: "Model", name: (r: CostRow) => r.model },
  { value: "stage", label: "Stage", name: (r: CostRow) => stageName(r.stage) },
] as const;
type Grouping = (typeof groupings)[number]["value"];

/** Pivots cost rows to one row per month with one column per group (provider, model or stage). */
function pivot(rows: CostRow[], name: (r: CostRow) => string) {
  const groups = [...new Set(rows.map(name))];
  const months = new Map<string, Record<string, number | string>>();
  for (const r of rows) {
    const month = months.get(r.month) ?? { label: monthLabel(r.month) };
    month[name(r)] = Math.round(((Number(month[name(r)]) || 0) + r.costUsd) * 10_000) / 10_000;
    months.set(r.month, month);
  }
  return { groups, data: [...months.entries()].sort(([a], [b]) => a.localeCompare(b)).map(([, v]) => v) };
}

/** Tokens and cost by provider, model and stage, per month. */
export function CostsChart() {
  const trpc = useTRPC();
  const { input } = useDashboard();
  const [grouping, setGrouping] = useState<Grouping>("provider");
  const query = useQuery(trpc.analytics.costs.queryOptions(input));
  const rows = query.data ?? [];
  const current = groupings.find((g) => g.value === grouping)!;
  const { groups, data } = pivot(rows, current.name);
  const cost = rows.reduce((s, r) => s + r.costUsd, 0);
  const tokens = rows.reduce((s, r) => s + r.tokensIn + r.tokensOut, 0);

  return (
    <ChartCard
      id="costs"
      title="AI tokens and cost"
      description="What generation cost per month, by provider, model or stage."
      table="costs"
      state={query}
      empty={rows.length === 0}
      emptyText="Generate content to see tokens and cost; the offline writer costs nothing."
      summary={`${formatUsd(cost)} for ${formatNumber(tokens)} tokens in this range.`}
      data={{
        columns: ["Month", "Provider", "Model", "Stage", "Tokens in", "Tokens out", "Cost (USD)"],
        rows: rows.map((r) => [r.month, providerName(r.provider), r.model, stageName(r.stage), r.tokensIn, r.tokensOut, formatUsd(r.costUsd)]),
      }}
      extra={<Segmented label="Group cost by" options={groupings} value={grouping} onChange={setGrouping} />}
    >
      <ResponsiveContainer width="100%" height={220}>
        <BarChart accessibilityLayer={false} data={data} margin={{ top: 4, right: 8, left: 0, bottom: 0 }}>
          <CartesianGrid vertical={false} stroke="#f4f4f5" />
          <XAxis dataKey="label" tickLine={false} axisLine={false} fontSize={12} />
          <YAxis tickFormatter={(v: number) => `$${v}`} tickLine={false} axisLine={false} fontSize={12} />
          <Tooltip formatter={(v) => formatUsd(Number(v))} cursor={{ fill: "#fafafa" }} />
          <Legend iconType="square" wrapperStyle={{ fontSize: 12 }} />
          {groups.map((g, i) => (
            <Bar key={g} dataKey={g} name={g} stackId="cost" fill={colorAt(i)} isAnimationActive={false} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </ChartCard>
  );
}
