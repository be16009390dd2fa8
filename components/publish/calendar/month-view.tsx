"use client";

import { cn } from "@/lib/utils";
import type { CalendarEntry } from "../types";
import { dayKey, dayLabel, moveToDay, sameDay, startOfDay, visibleDays, weekdayNames } from "./dates";
import { useDropTarget } from "./drop-target";
import { canMove, EntryChip } from "./entry-chip";

export interface ViewProps {
  date: Date;
  entries: CalendarEntry[];
  /** The viewer may move scheduled jobs. */
  canReschedule: boolean;
  dragging: CalendarEntry | null;
  setDragging: (entry: CalendarEntry | null) => void;
  onOpen: (entry: CalendarEntry) => void;
  /** A dragged entry dropped at a new instant. */
  onMove: (entryKey: string, at: (current: Date) => Date) => void;
  /** Show one day in the week view (the "+N more" link). */
  onShowWeek: (day: Date) => void;
}

const perDay = 4;

/** Six weeks, Monday first; each day lists its entries by time and accepts a dragged job (same time of day). */
export function MonthView({ entries: all, ...props }: ViewProps) {
  const days = visibleDays("month", props.date);
  const byDay = new Map<string, CalendarEntry[]>();
  for (const e of all) {
    const key = dayKey(new Date(e.runAt));
    byDay.set(key, [...(byDay.get(key) ?? []), e]);
  }
  const weeks = Array.from({ length: 6 }, (_, w) => days.slice(w * 7, w * 7 + 7));
  return (
    <table className="w-full table-fixed border-collapse text-sm">
      <thead>
        <tr>
          {weekdayNames.map((name) => (
            <th key={name} scope="col" className="border-b border-zinc-200 py-2 text-[12px] font-medium text-zinc-500">
              {name}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {weeks.map((week) => (
          <tr key={dayKey(week[0]!)}>
            {week.map((day) => (
              <DayCell key={dayKey(day)} day={day} entries={byDay.get(dayKey(day)) ?? []} inMonth={day.getMonth() === props.date.getMonth()} {...props} />
            ))}
          </tr>
        ))}
      </tbody>
    </table>
  );
}

function DayCell({ day, entries, inMonth, ...props }: Omit<ViewProps, "entries"> & { day: Date; entries: CalendarEntry[]; inMonth: boolean }) {
  const today = sameDay(day, new Date());
  const past = day < startOfDay(new Date());
  const drop = useDropTarget(props.dragging !== null && !past, (key) => props.onMove(key, (at) => moveToDay(at, day)));
  const shown = entries.slice(0, perDay);
  return (
    <td
      {...drop.handlers}
      className={cn(
        "h-28 border border-zinc-100 p-1 align-top transition-colors",
        !inMonth && "bg-zinc-50/70",
        drop.over && "bg-brand-50 ring-2 ring-brand-400 ring-inset",
        props.dragging && past && "bg-zinc-100/70",
      )}
    >
      <h3 className="mb-1 flex justify-end">
        <span className="sr-only">{dayLabel(day)}</span>
        <span
          aria-hidden
          className={cn(
            "flex size-6 items-center justify-center rounded-full text-[12px] tabular-nums",
            today ? "bg-brand-600 font-semibold text-white" : inMonth ? "text-zinc-700" : "text-zinc-400",
          )}
        >
          {day.getDate()}
        </span>
      </h3>
      <ul className="space-y-0.5">
        {shown.map((e) => (
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
      {entries.length > perDay && (
        <button type="button" onClick={() => props.onShowWeek(day)} className="mt-0.5 px-1 text-[12px] font-medium text-brand-700 hover:underline">
          +{entries.length - perDay} more<span className="sr-only"> on {dayLabel(day)}</span>
        </button>
      )}
    </td>
  );
}
