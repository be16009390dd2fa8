"use client";

import { useQuery } from "@tanstack/react-query";
import { CalendarDays, ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { usePathname, useRouter, useSearchParams } from "next/navigation";
import { useState, useSyncExternalStore } from "react";
import { browserTimeZone } from "@/lib/time-zone";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { CalendarEntry } from "../types";
import { dayKey, localDateTime, parseDay, rangeTitle, shift, startOfDay, visibleRange, type CalendarView } from "./dates";
import { EntryDialog } from "./entry-dialog";
import { CalendarLegend } from "./legend";
import { MonthView } from "./month-view";
import { RescheduleDialog } from "./reschedule-dialog";
import { useReschedule } from "./use-reschedule";
import { WeekView } from "./week-view";

const noop = () => () => {};

/** /<ws>/calendar. Rendered in the browser only: the grid is laid out in the viewer's time zone. */
export function CalendarPage() {
  const inBrowser = useSyncExternalStore(noop, () => true, () => false);
  return (
    <>
      <PageHeader title="Calendar" description="Everything scheduled, published and waiting for approval. Drag a scheduled post to move it." />
      {inBrowser ? <Calendar /> : <Skeleton className="h-[640px] w-full rounded-2xl" />}
    </>
  );
}

function Calendar() {
  const trpc = useTRPC();
  const { slug, can } = useWorkspace();
  const router = useRouter();
  const pathname = usePathname();
  const search = useSearchParams();
  const view: CalendarView = search.get("view") === "week" ? "week" : "month";
  const date = parseDay(search.get("date")) ?? startOfDay(new Date());
  const zone = browserTimeZone();
  const input = { workspaceSlug: slug, ...visibleRange(view, date) };
  const calendar = useQuery(trpc.publish.calendar.queryOptions(input));
  const reschedule = useReschedule(input);
  const [dragging, setDragging] = useState<CalendarEntry | null>(null);
  const [openKey, setOpenKey] = useState<string | null>(null);
  const [moving, setMoving] = useState<CalendarEntry | null>(null);
  const canPublish = can("content.publish");
  const entries = [...(calendar.data ?? [])].sort((a, b) => new Date(a.runAt).getTime() - new Date(b.runAt).getTime());
  const open = entries.find((e) => e.key === openKey) ?? null;

  const go = (nextView: CalendarView, nextDate: Date) => router.replace(`${pathname}?view=${nextView}&date=${dayKey(nextDate)}`, { scroll: false });
  const move = (entry: CalendarEntry, runAt: string) => {
    if (entry.jobId) reschedule.mutate({ workspaceSlug: slug, jobId: entry.jobId, runAt, timezone: zone });
  };
  const onMove = (key: string, to: (current: Date) => Date) => {
    setDragging(null);
    const entry = entries.find((e) => e.key === key);
    if (!entry) return;
    const from = new Date(entry.runAt);
    const at = to(from);
    if (at.getTime() === from.getTime()) return;
    if (at.getTime() <= Date.now()) return toast.error("Couldn't reschedule", "That time has passed. Pick a time in the future.");
    move(entry, localDateTime(at));
  };

  return (
    <Card>
      <div className="flex flex-wrap items-center gap-3 border-b border-zinc-100 px-4 py-3 sm:px-5">
        <div className="flex items-center gap-1">
          <Button variant="secondary" size="icon-sm" aria-label={`Previous ${view}`} onClick={() => go(view, shift(view, date, -1))}>
            <ChevronLeft aria-hidden />
          </Button>
          <Button variant="secondary" size="sm" onClick={() => go(view, startOfDay(new Date()))}>
            Today
          </Button>
          <Button variant="secondary" size="icon-sm" aria-label={`Next ${view}`} onClick={() => go(view, shift(view, date, 1))}>
            <ChevronRight aria-hidden />
          </Button>
        </div>
        <h2 className="text-[15px] font-semibold text-zinc-950" aria-live="polite">
          {rangeTitle(view, date)}
        </h2>
        <div role="group" aria-label="View" className="ml-auto inline-flex rounded-lg bg-zinc-100 p-0.5">
          {(["month", "week"] as const).map((v) => (
            <button
              key={v}
              type="button"
              aria-pressed={view === v}
              onClick={() => go(v, date)}
              className="h-7 rounded-md px-3 text-[13px] font-medium text-zinc-600 aria-pressed:bg-white aria-pressed:text-zinc-950 aria-pressed:shadow-sm"
            >
              {v === "month" ? "Month" : "Week"}
            </button>
          ))}
        </div>
      </div>
      <div className="flex flex-wrap items-center justify-between gap-2 border-b border-zinc-100 px-4 py-2.5 sm:px-5">
        <CalendarLegend />
        <p className="text-[12px] text-zinc-500">Times in {zone.replaceAll("_", " ")} (your time zone)</p>
      </div>
      {calendar.isError && (
        <div className="p-4">
          <Alert tone="danger" title="Couldn't load the calendar">
            {errorMessage(calendar.error)}
          </Alert>
        </div>
      )}
      <div className={calendar.isFetching && !calendar.isPending ? "opacity-80 transition-opacity" : undefined} aria-busy={calendar.isFetching}>
        {calendar.isSuccess && entries.length === 0 && (
          <EmptyState
            className="border-b border-zinc-100 py-8"
            icon={<CalendarDays />}
            title={`Nothing on the calendar this ${view}`}
            description="Posts land here when content is approved with a time, added to a channel's queue, or proposed for a time while in review."
            action={
              <Button variant="secondary" size="sm" asChild>
                <Link href={`/${slug}/review`}>Go to review</Link>
              </Button>
            }
          />
        )}
        {view === "month" ? (
          <MonthView {...{ date, entries, canReschedule: canPublish, dragging, setDragging, onMove }} onOpen={(e) => setOpenKey(e.key)} onShowWeek={(d) => go("week", d)} />
        ) : (
          <WeekView {...{ date, entries, canReschedule: canPublish, dragging, setDragging, onMove }} onOpen={(e) => setOpenKey(e.key)} onShowWeek={(d) => go("week", d)} />
        )}
      </div>
      {open && !moving && (
        <EntryDialog slug={slug} entry={open} zone={zone} canPublish={canPublish} onClose={() => setOpenKey(null)} onReschedule={() => setMoving(open)} />
      )}
      {moving && <RescheduleDialog entry={moving} onClose={() => (setMoving(null), setOpenKey(null))} onSubmit={(runAt, tz) => moving.jobId && reschedule.mutate({ workspaceSlug: slug, jobId: moving.jobId, runAt, timezone: tz })} />}
    </Card>
  );
}
