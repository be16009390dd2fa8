"use client";

import { Download } from "lucide-react";
import type { ReactNode } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { cn } from "@/lib/utils";
import type { AnalyticsTable } from "@/server/analytics/schemas";
import { DataTable, type TableData } from "./data-table";
import { useDashboard } from "./dashboard-context";

export interface ChartState {
  isPending: boolean;
  error: { message: string } | null;
}

/**
 * One chart of the dashboard: a title, what it shows, a summary sentence and the numbers as a
 * table (the chart's text alternative), an empty state that says what produces the data, and a
 * "Download CSV" link to the export of the table behind it.
 */
export function ChartCard({
  id,
  title,
  description,
  table,
  state,
  empty,
  emptyText,
  summary,
  data,
  showTable = false,
  className,
  extra,
  children,
}: {
  id: string;
  title: string;
  description?: ReactNode;
  table: AnalyticsTable;
  state: ChartState;
  empty: boolean;
  emptyText: string;
  summary?: string;
  data?: TableData;
  showTable?: boolean;
  className?: string;
  /** Shown above the chart and read by screen readers: headline numbers, controls. */
  extra?: ReactNode;
  /** The chart itself; when `data` is given it is hidden from screen readers, which get `summary` and `data` instead. */
  children?: ReactNode;
}) {
  const { csvHref } = useDashboard();
  const headingId = `${id}-title`;
  return (
    <Card role="region" aria-labelledby={headingId} className={cn("flex flex-col", className)}>
      <CardHeader
        title={<span id={headingId}>{title}</span>}
        description={description}
        actions={
          <a
            href={csvHref(table)}
            download
            className="inline-flex items-center gap-1.5 rounded-md px-1.5 py-1 text-[13px] font-medium text-brand-700 hover:bg-brand-50 focus-visible:outline-2 focus-visible:outline-brand-500"
          >
            <Download aria-hidden className="size-3.5" /> Download CSV<span className="sr-only"> of {title.toLowerCase()}</span>
          </a>
        }
      />
      <CardBody className="flex-1 pt-4">
        {state.isPending ? (
          <Skeleton className="h-56 w-full" />
        ) : state.error ? (
          <p role="alert" className="rounded-lg bg-red-50 px-3 py-2 text-sm text-red-800">
            Could not load this chart: {state.error.message}
          </p>
        ) : empty ? (
          <p className="flex h-40 items-center justify-center rounded-xl border border-dashed border-zinc-200 px-6 text-center text-sm leading-6 text-zinc-500">
            {emptyText}
          </p>
        ) : (
          <div className="space-y-3">
            {summary && <p className="text-sm text-zinc-600">{summary}</p>}
            {extra}
            {data ? <div aria-hidden>{children}</div> : children}
            {data && <DataTable caption={title} data={data} visible={showTable} />}
          </div>
        )}
      </CardBody>
    </Card>
  );
}
