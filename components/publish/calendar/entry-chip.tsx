"use client";

import { GripVertical, TriangleAlert } from "lucide-react";
import { ChannelMark } from "@/components/channels/channel-mark";
import { cn } from "@/lib/utils";
import { statusLook } from "../status";
import type { CalendarEntry } from "../types";
import { timeLabel } from "./dates";

/** A scheduled job can be dragged to another time. */
export const canMove = (entry: CalendarEntry) => entry.kind === "job" && entry.status === "scheduled" && entry.jobId !== null;

/** MIME type of a dragged calendar entry (its key). */
export const dragType = "application/x-loomcast-entry";

/**
 * One entry on the calendar: icon + time + channel + title, in its state's colours. A button
 * (opens the details; Reschedule lives there for keyboards) that scheduled jobs also drag.
 */
export function EntryChip({
  entry,
  draggable,
  onOpen,
  onDragStart,
  onDragEnd,
}: {
  entry: CalendarEntry;
  draggable: boolean;
  onOpen: () => void;
  onDragStart: () => void;
  onDragEnd: () => void;
}) {
  const look = statusLook[entry.status];
  const at = new Date(entry.runAt);
  return (
    <button
      type="button"
      draggable={draggable}
      onClick={onOpen}
      onDragStart={(e) => {
        e.dataTransfer.setData(dragType, entry.key);
        e.dataTransfer.effectAllowed = "move";
        onDragStart();
      }}
      onDragEnd={onDragEnd}
      title={`${look.label}${entry.risk ? ", at risk" : ""}: ${entry.title}${entry.risk ? ` — ${entry.risk.message}` : ""}`}
      className={cn(
        "group flex w-full min-w-0 items-center gap-1 rounded-md border border-l-[3px] px-1.5 py-1 text-left text-[12px] leading-4 transition hover:shadow-sm focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none",
        look.chip,
        draggable && "cursor-grab active:cursor-grabbing",
      )}
    >
      <look.icon aria-hidden className="size-3 shrink-0" />
      <span className="sr-only">
        {look.label}
        {entry.risk ? ", at risk" : ""},{" "}
      </span>
      {entry.risk && <TriangleAlert aria-hidden className="size-3 shrink-0 text-amber-700" />}
      <span className="shrink-0 font-semibold tabular-nums">{timeLabel(at)}</span>
      {entry.channel && <ChannelMark kind={entry.channel.kind} className="size-3.5 text-[7px]" />}
      {entry.channel && <span className="sr-only">{entry.channel.name}, </span>}
      <span className="truncate">{entry.title}</span>
      {draggable && <GripVertical aria-hidden className="ml-auto size-3 shrink-0 opacity-0 group-hover:opacity-60" />}
    </button>
  );
}
