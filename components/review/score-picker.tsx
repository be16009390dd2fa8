"use client";

import { Star } from "lucide-react";
import { cn } from "@/lib/utils";

const meanings = ["", "Poor", "Weak", "Fair", "Good", "Excellent"];

/** A 1–5 quality score as a radio group (number and word on each option, stars only decorate). */
export function ScorePicker({ value, onChange, disabled }: { value: number | null; onChange: (score: number | null) => void; disabled?: boolean }) {
  return (
    <fieldset disabled={disabled} className="space-y-1.5">
      <legend className="text-sm font-medium text-zinc-900">
        Quality score <span className="text-xs font-normal text-zinc-400">Optional</span>
      </legend>
      <div className="flex flex-wrap items-center gap-1">
        {[1, 2, 3, 4, 5].map((n) => {
          const on = value !== null && n <= value;
          return (
            <label key={n} className={cn("flex cursor-pointer items-center gap-1 rounded-lg border px-2 py-1 text-xs has-focus-visible:ring-4 has-focus-visible:ring-brand-500/20", value === n ? "border-brand-300 bg-brand-50 text-brand-800" : "border-zinc-200 text-zinc-600 hover:bg-zinc-50")}>
              <input type="radio" name="quality-score" value={n} checked={value === n} onChange={() => onChange(n)} className="sr-only" />
              <Star aria-hidden className={cn("size-3.5", on ? "fill-amber-400 text-amber-500" : "text-zinc-300")} />
              {n} <span className="hidden sm:inline">· {meanings[n]}</span>
            </label>
          );
        })}
        {value !== null && (
          <button type="button" onClick={() => onChange(null)} className="ml-1 text-xs text-zinc-500 underline-offset-2 hover:underline">
            Clear
          </button>
        )}
      </div>
    </fieldset>
  );
}
