"use client";

import { useState } from "react";
import { cn } from "@/lib/utils";
import { ChartCard } from "./chart-card";
import { noMetricsYet, useEngagement } from "./engagement-query";
import { formatScore, hourLabel, platformName, weekdayNames, weekdays } from "./format";
import { platformsByPosts } from "./pattern-chart";
import { Segmented } from "./segmented";

// The learning step buckets posting times into 3-hour slots (server/learn/slot.ts).
const slotHours = 3;
const hours = Array.from({ length: 24 / slotHours }, (_, i) => i * slotHours);
const slotLabel = (hour: number) => `${hourLabel(hour)}–${hourLabel((hour + slotHours) % 24)}`;
// Monday first, the way people read a week.
const rowOrder = [1, 2, 3, 4, 5, 6, 0];

/** Engagement by posting time: a weekday × hour heatmap of the median score, per platform. */
export function SlotHeatmap() {
  const query = useEngagement();
  const all = query.data?.bySlot ?? [];
  const platforms = platformsByPosts(all);
  const [chosen, setChosen] = useState<string | null>(null);
  const platform = chosen && platforms.includes(chosen) ? chosen : (platforms[0] ?? null);
  const slots = all.filter((r) => r.platform === platform);
  const cell = new Map(slots.map((s) => [`${s.weekday}-${s.hour}`, s]));
  const max = Math.max(0, ...slots.map((s) => s.medianScore ?? 0));
  const best = slots
    .filter((s) => s.medianScore !== null)
    .sort((a, b) => b.medianScore! - a.medianScore!)
    .slice(0, 3);
  const bestText = best.map((s) => `${weekdayNames[s.weekday]} ${slotLabel(s.hour)} (${formatScore(s.medianScore)})`).join(", ");

  return (
    <ChartCard
      id="engagement-slot"
      className="lg:col-span-2"
      title="Engagement by time slot"
      description="Median engagement score of posts published in each 3-hour slot of the week (channel time zone). Darker and higher is better; empty cells had no posts."
      table="engagement_slot"
      state={query}
      empty={all.length === 0}
      emptyText={noMetricsYet}
      summary={platform && best.length ? `Best slots on ${platformName(platform)}: ${bestText}.` : undefined}
      data={{
        columns: ["Platform", "Day", "Time slot", "Posts", "Median score"],
        rows: all.map((s) => [platformName(s.platform), weekdayNames[s.weekday] ?? String(s.weekday), slotLabel(s.hour), s.posts, formatScore(s.medianScore)]),
      }}
      extra={
        platforms.length > 1 && platform ? (
          <Segmented label="Platform" options={platforms.map((p) => ({ value: p, label: platformName(p) }))} value={platform} onChange={setChosen} />
        ) : undefined
      }
    >
      <div className="overflow-x-auto">
        <div className="grid min-w-[520px] grid-cols-[2.5rem_repeat(8,minmax(0,1fr))] gap-1 text-[11px] text-zinc-500">
          <span />
          {hours.map((h) => (
            <span key={h} className="text-center tabular-nums">
              {hourLabel(h)}
            </span>
          ))}
          {rowOrder.map((d) => (
            <div key={d} className="contents">
              <span className="self-center">{weekdays[d]}</span>
              {hours.map((h) => {
                const s = cell.get(`${d}-${h}`);
                const score = s?.medianScore ?? null;
                const strength = score === null || max === 0 ? 0 : Math.max(0.12, score / max);
                return (
                  <span
                    key={h}
                    title={s ? `${weekdayNames[d]} ${slotLabel(h)}: score ${formatScore(score)}, ${s.posts} posts` : `${weekdayNames[d]} ${slotLabel(h)}: no posts`}
                    className={cn(
                      "flex h-8 items-center justify-center rounded-md border border-zinc-100 font-medium tabular-nums",
                      strength > 0.55 ? "text-white" : "text-zinc-700",
                    )}
                    style={{ backgroundColor: strength ? `rgb(79 70 229 / ${strength})` : "#fafafa" }}
                  >
                    {score === null ? "" : formatScore(score)}
                  </span>
                );
              })}
            </div>
          ))}
        </div>
      </div>
    </ChartCard>
  );
}
