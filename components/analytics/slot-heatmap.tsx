"use client";

import { useState } from "react";
import { ChartCard } from "./chart-card";
import { noMetricsYet, useEngagement } from "./engagement-query";
import { formatScore, hourLabel, platformName, weekdayNames, weekdays } from "./format";
import { Segmented } from "./segmented";

const hours = Array.from({ length: 24 }, (_, h) => h);
// Monday first, the way people read a week.
const rowOrder = [1, 2, 3, 4, 5, 6, 0];

/** Engagement by posting time: a weekday × hour heatmap of the median score, per platform. */
export function SlotHeatmap() {
  const query = useEngagement();
  const all = query.data?.bySlot ?? [];
  const platforms = [...new Set(all.map((r) => r.platform))];
  const [chosen, setChosen] = useState<string | null>(null);
  const platform = chosen && platforms.includes(chosen) ? chosen : (platforms[0] ?? null);
  const slots = all.filter((r) => r.platform === platform);
  const cell = new Map(slots.map((s) => [`${s.weekday}-${s.hour}`, s]));
  const max = Math.max(0, ...slots.map((s) => s.medianScore ?? 0));
  const best = slots
    .filter((s) => s.medianScore !== null)
    .sort((a, b) => b.medianScore! - a.medianScore!)
    .slice(0, 3);
  const bestText = best.map((s) => `${weekdayNames[s.weekday]} ${hourLabel(s.hour)} (${formatScore(s.medianScore)})`).join(", ");

  return (
    <ChartCard
      id="engagement-slot"
      className="lg:col-span-2"
      title="Engagement by time slot"
      description="Median engagement score of posts published in each hour of the week (channel time zone). Darker is better."
      table="engagement_slot"
      state={query}
      empty={all.length === 0}
      emptyText={noMetricsYet}
      summary={platform && best.length ? `Best slots on ${platformName(platform)}: ${bestText}.` : undefined}
      data={{
        columns: ["Platform", "Day", "Hour", "Posts", "Median score"],
        rows: all.map((s) => [platformName(s.platform), weekdayNames[s.weekday] ?? String(s.weekday), hourLabel(s.hour), s.posts, formatScore(s.medianScore)]),
      }}
      extra={
        platforms.length > 1 && platform ? (
          <Segmented label="Platform" options={platforms.map((p) => ({ value: p, label: platformName(p) }))} value={platform} onChange={setChosen} />
        ) : undefined
      }
    >
      <div className="overflow-x-auto">
        <div className="grid min-w-[640px] grid-cols-[2.5rem_repeat(24,minmax(0,1fr))] gap-0.5 text-[10px] text-zinc-500">
          <span />
          {hours.map((h) => (
            <span key={h} className="text-center tabular-nums">
              {h % 3 === 0 ? h : ""}
            </span>
          ))}
          {rowOrder.map((d) => (
            <div key={d} className="contents">
              <span className="self-center text-[11px]">{weekdays[d]}</span>
              {hours.map((h) => {
                const s = cell.get(`${d}-${h}`);
                const score = s?.medianScore ?? null;
                const strength = score === null || max === 0 ? 0 : Math.max(0.12, score / max);
                return (
                  <span
                    key={h}
                    title={s ? `${weekdayNames[d]} ${hourLabel(h)}: score ${formatScore(score)}, ${s.posts} posts` : `${weekdayNames[d]} ${hourLabel(h)}: no posts`}
                    className="aspect-square rounded-[3px] border border-zinc-100"
                    style={{ backgroundColor: strength ? `rgb(79 70 229 / ${strength})` : "#fafafa" }}
                  />
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </ChartCard>
  );
}
