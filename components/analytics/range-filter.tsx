"use client";

import Form from "next/form";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { Button } from "@/components/ui/button";
import { controlClasses } from "@/components/ui/input";
import { cn } from "@/lib/utils";
import { presets, rangeSearch, type DashboardRange } from "./range";

/** Last 7/30/90 days, or a custom range; both live in the URL so a view can be shared. */
export function RangeFilter({ range }: { range: DashboardRange }) {
  const pathname = usePathname();
  return (
    <div className="flex flex-wrap items-end gap-3">
      <nav aria-label="Date range presets" className="inline-flex rounded-lg border border-zinc-200 bg-white p-0.5 shadow-xs">
        {presets.map((p) => (
          <Link
            key={p}
            href={`${pathname}${rangeSearch({ preset: p })}`}
            aria-current={range.preset === p ? "page" : undefined}
            className={cn(
              "rounded-md px-3 py-1.5 text-[13px] font-medium focus-visible:outline-2 focus-visible:outline-brand-500",
              range.preset === p ? "bg-zinc-900 text-white" : "text-zinc-600 hover:bg-zinc-50 hover:text-zinc-900",
            )}
          >
            Last {p} days
          </Link>
        ))}
      </nav>
      <Form key={`${range.firstDay}-${range.lastDay}`} action={pathname} aria-label="Custom date range" className="flex flex-wrap items-end gap-2">
        <label className="grid gap-1 text-xs font-medium text-zinc-600">
          From
          <input type="date" name="from" defaultValue={range.firstDay} required className={cn(controlClasses, "h-9 w-40 px-2.5")} />
        </label>
        <label className="grid gap-1 text-xs font-medium text-zinc-600">
          To
          <input type="date" name="to" defaultValue={range.lastDay} required className={cn(controlClasses, "h-9 w-40 px-2.5")} />
        </label>
        <Button type="submit" variant={range.preset === null ? "dark" : "secondary"} size="md">
          Apply range
        </Button>
      </Form>
      {range.error && (
        <p role="alert" className="w-full text-sm text-red-700">
          {range.error} Showing the last 30 days instead.
        </p>
      )}
    </div>
  );
}
