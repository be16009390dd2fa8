"use client";

import { useEffect, useRef } from "react";
import { cn } from "@/lib/utils";
import { stepTitle as stageName } from "@/lib/generation/stage-labels";
import type { ProgressEvent } from "./use-run-progress";

const time = new Intl.DateTimeFormat("en", { hour: "2-digit", minute: "2-digit", second: "2-digit", hour12: false });

/** The run's log lines as they arrive; screen readers hear new lines politely. */
export function RunLog({ events }: { events: ProgressEvent[] }) {
  const list = useRef<HTMLOListElement>(null);
  useEffect(() => {
    const el = list.current;
    if (el) el.scrollTop = el.scrollHeight;
  }, [events.length]);
  return (
    <ol
      ref={list}
      aria-live="polite"
      aria-label="Progress log"
      className="max-h-64 space-y-1 overflow-y-auto rounded-xl border border-zinc-200 bg-zinc-950 px-4 py-3 font-mono text-[12.5px] leading-6 text-zinc-300"
    >
      {events.length === 0 && <li className="text-zinc-500">Waiting for the worker to pick up this run…</li>}
      {events.map((event) => (
        <li key={event.id} className="flex gap-3">
          <time dateTime={new Date(event.createdAt).toISOString()} className="shrink-0 text-zinc-500">
            {time.format(new Date(event.createdAt))}
          </time>
          <span className="w-28 shrink-0 truncate text-zinc-400">{event.stage ? stageName(event.stage) : "Run"}</span>
          <span className={cn("min-w-0 break-words", event.level === "error" ? "text-red-300" : event.level === "warn" ? "text-amber-300" : "text-zinc-100")}>
            {event.message}
          </span>
        </li>
      ))}
    </ol>
  );
}
