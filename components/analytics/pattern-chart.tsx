"use client";

import { useState } from "react";
import type { EngagementResult } from "@/server/analytics/types";
import { ChartCard } from "./chart-card";
import { noMetricsYet, useEngagement } from "./engagement-query";
import { formatLift, formatScore, hourLabel, platformName, weekdays } from "./format";
import { Segmented } from "./segmented";

type PatternRow = EngagementResult["byPattern"][number];

const dimensionNames: Record<string, string> = { hook: "Hook", angle: "Angle", format: "Format", length: "Length", slot: "Time slot" };
export const dimensionName = (d: string) => dimensionNames[d] ?? d;

/** "1-09" (a slot tag: weekday 0 = Sunday, hour bucket) reads "Mon 09:00"; other values as they are. */
export function patternValue(dimension: string, value: string): string {
  const slot = dimension === "slot" ? /^([0-6])-(\d{2})$/.exec(value) : null;
  if (!slot) return value.replace(/-/g, " ");
  const from = Number(slot[2]);
  return `${weekdays[Number(slot[1])]} ${hourLabel(from)}–${hourLabel((from + 3) % 24)}`;
}

const maxPerDimension = 5;

/** One dimension's values as bars of their score (1.0, marked, is the account's usual engagement). */
function DimensionBars({ dimension, rows, max }: { dimension: string; rows: PatternRow[]; max: number }) {
  const shown = rows.slice(0, maxPerDimension);
  return (
    <div>
      <h3 className="mb-1.5 text-xs font-semibold tracking-wide text-zinc-500 uppercase">{dimensionName(dimension)}</h3>
      <ul className="space-y-1">
        {shown.map((r) => {
          const score = r.score;
          return (
            <li key={`${r.platform}-${r.value}`} className="grid grid-cols-[minmax(0,7.5rem)_minmax(4rem,1fr)_4.5rem] items-center gap-2 text-[13px]">
              <span className="truncate text-zinc-800" title={patternValue(r.dimension, r.value)}>
                {patternValue(r.dimension, r.value)}
              </span>
              <span className="relative block h-4 rounded bg-zinc-100">
                <span
                  className={score >= 1 ? "absolute inset-y-0 left-0 rounded bg-brand-500" : "absolute inset-y-0 left-0 rounded bg-amber-400"}
                  style={{ width: `${Math.min(100, (score / max) * 100)}%` }}
                />
                <span aria-hidden className="absolute inset-y-[-2px] w-px bg-zinc-500" style={{ left: `${(1 / max) * 100}%` }} />
              </span>
              <span className="text-right text-zinc-600 tabular-nums">
                {formatScore(r.score)} <span className="text-zinc-400">· {r.posts}</span>
              </span>
            </li>
          );
        })}
      </ul>
      {rows.length > shown.length && <p className="mt-1 text-xs text-zinc-500">and {rows.length - shown.length} more (in the CSV)</p>}
    </div>
  );
}

/** The platforms of the rows, the one with the most posts first (the default choice). */
export function platformsByPosts(rows: Array<{ platform: string; posts: number }>): string[] {
  const posts = new Map<string, number>();
  for (const r of rows) posts.set(r.platform, (posts.get(r.platform) ?? 0) + r.posts);
  return [...posts.entries()].sort((a, b) => b[1] - a[1]).map(([p]) => p);
}

/** Engagement by pattern (hook, angle, format, length, slot): score against the account's usual, lift against the platform's median. */
export function PatternChart() {
  const query = useEngagement();
  const all = query.data?.byPattern ?? [];
  const platforms = platformsByPosts(all);
  const [chosen, setChosen] = useState<string | null>(null);
  const platform = chosen && platforms.includes(chosen) ? chosen : (platforms[0] ?? null);
  const rows = all.filter((r) => r.platform === platform).sort((a, b) => b.score - a.score);
  const dimensions = [...new Set(rows.map((r) => r.dimension))];
  const max = Math.max(2, ...rows.map((r) => r.score));
  const top = rows[0];

  return (
    <ChartCard
      id="engagement-pattern"
      title="Engagement by pattern"
      description="Score of each hook, angle, format, length and time slot (1.0 is your usual engagement on that platform); lift compares it with the platform's median in this range."
      table="engagement_pattern"
      state={query}
      empty={all.length === 0}
      emptyText={noMetricsYet}
      summary={top && platform ? `On ${platformName(platform)}, the ${dimensionName(top.dimension).toLowerCase()} "${patternValue(top.dimension, top.value)}" does best, scoring ${formatScore(top.score)} (1.0 is your usual engagement).` : undefined}
      data={{
        columns: ["Platform", "Dimension", "Value", "Posts", "Score", "Lift"],
        rows: all.map((r) => [platformName(r.platform), dimensionName(r.dimension), patternValue(r.dimension, r.value), r.posts, formatScore(r.score), formatLift(r.lift)]),
      }}
      extra={
        platforms.length > 1 && platform ? (
          <Segmented label="Platform" options={platforms.map((p) => ({ value: p, label: platformName(p) }))} value={platform} onChange={setChosen} />
        ) : undefined
      }
    >
      <div className="space-y-4">
        {dimensions.map((d) => (
          <DimensionBars key={d} dimension={d} rows={rows.filter((r) => r.dimension === d)} max={max} />
        ))}
      </div>
      <p className="mt-3 text-xs text-zinc-500">Bars show the score; the line marks 1.0 (your usual). The number after the dot is how many posts.</p>
    </ChartCard>
  );
}
