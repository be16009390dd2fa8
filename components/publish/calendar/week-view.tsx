"use client";

import { useEffect, useRef } from "react";
import { cn } from "@/lib/utils";
import type { CalendarEntry } from "../types";
import { dayKey, dayLabel, hourLabel, moveToHour, sameDay, visibleDays } from "./dates";
import { useDropTarget } from "./drop-target";
import { canMove, EntryChip } from "./entry-chip";
import type { ViewProps } from "./month-view";

const hours = Array.from({ length: 24 }, (_, h) => h);

/** Seven days × 24 hours; a dragged job lands on that day and hour (its minutes kept). Scrolls to the morning. */
export function WeekView({ entries: all, ...props }: ViewProps) {
  const days = visibleDays("week", props.date);
  const scroller = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const row = scroller.current?.querySelector<HTMLElement>("[data-hour='7']");
    if (scroller.current && row) scroller.current.scrollTop = row.offsetTop - 40;
  }, []);
  const bySlot = new Map<string, CalendarEntry[]>();
  for (const e of all) {
    const at = new Date(e.runAt);
    const key = `${dayKey(at)}@${at.getHours()}`;
    bySlot.set(key, [...(bySlot.get(key) ?? []), e]);
  }
  return (
    <div ref={scroller} className="max-h-[640px] overflow-y-auto">
      <table className="w-full table-fixed border-collapse text-sm">
        <thead className="sticky top-0 z-10 bg-white">
          <tr>
            <th scope="col" className="w-16 border-b border-zinc-200">
              <span className="sr-only">Hour</span>
            </th>
            {days.map((d) => (
              <th key={dayKey(d)} scope="col" className="border-b border-zinc-200 py-2 text-[12px] font-medium text-zinc-500">
                <span className="sr-only">{dayLabel(d)}</span>
                <span aria-hidden className={cn(sameDay(d, new Date()) && "font-semibold text-brand-700")}>
                  {new Intl.DateTimeFormat("en", { weekday: "short", day: "numeric" }).format(d)}
                </span>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {hours.map((h) => (
            <tr key={h} data-hour={h}>
              <th scope="row" className="border-r border-zinc-100 pr-2 text-right align-top text-[11px] font-normal text-zinc-400 tabular-nums">
                {hourLabel(h)}
              </th>
              {days.map((d) => (
                <HourCell key={dayKey(d)} day={d} hour={h} entries={bySlot.get(`${dayKey(d)}@${h}`) ?? []} {...props} />
              ))}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function HourCell({ day, hour, entries, ...props }: Omit<ViewProps, "entries"> & { day: Date; hour: number; entries: CalendarEntry[] }) {
  const end = new Date(day.getFullYear(), day.getMonth(), day.getDate(), hour + 1);
  const past = end.getTime() <= Date.now();
  const drop = useDropTarget(props.dragging !== null && !past, (key) => props.onMove(key, (at) => moveToHour(at, day, hour)));
  return (
    <td
      {...drop.handlers}
      className={cn(
        "h-10 border border-zinc-100 p-0.5 align-top transition-colors",
        drop.over && "bg-brand-50 ring-2 ring-brand-400 ring-inset",
        props.dragging && past && "bg-zinc-100/70",
      )}
    >
      {entries.length > 0 && (
        <ul className="space-y-0.5">
          {entries.map((e) => (
            <li key={e.key}>
              <EntryChip
                entry={e}
                draggable={props.canReschedule && canMove(e)}
                onOpen={() => props.onOpen(e)}
                onDragStart={() => props.setDragging(e)}
                onDragEnd={() => props.setDragging(null)}
              />
            </li>
          ))}
        </ul>
      )}
    </td>
  );
}
