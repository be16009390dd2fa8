"use client";

import { Check, CircleAlert } from "lucide-react";
import type { ContentKind } from "@/lib/ai/brief";
import { platformIds, platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";
import { cn } from "@/lib/utils";
import { formatNumber } from "@/lib/format";

/**
 * Platforms as toggle chips, each with its character limit. For a thread, networks without
 * threads are shown but cannot be picked.
 */
export function PlatformPicker({
  kind,
  value,
  onChange,
  error,
}: {
  kind: ContentKind;
  value: PlatformId[];
  onChange: (next: PlatformId[]) => void;
  error?: string;
}) {
  const toggle = (id: PlatformId) => onChange(value.includes(id) ? value.filter((p) => p !== id) : [...value, id]);
  return (
    <fieldset aria-describedby={error ? "platforms-error" : "platforms-description"} aria-invalid={error ? true : undefined}>
      <legend className="text-sm font-medium text-zinc-800">Platforms</legend>
      <p id="platforms-description" className="mt-0.5 text-[13px] text-zinc-500">
        {kind === "thread" ? "Threads are written for networks that have them." : "One post per platform, each within its limit (characters)."}
      </p>
      <div className="mt-3 flex flex-wrap gap-2">
        {platformIds.map((id) => {
          const rule = platformRules[id];
          const selected = value.includes(id);
          const unavailable = kind === "thread" && !rule.threads;
          return (
            <button
              key={id}
              type="button"
              role="checkbox"
              aria-checked={selected}
              disabled={unavailable}
              title={unavailable ? `${rule.label} has no threads` : undefined}
              onClick={() => toggle(id)}
              className={cn(
                "inline-flex h-9 cursor-pointer items-center gap-2 rounded-full border px-3.5 text-sm transition-colors focus-visible:ring-4 focus-visible:ring-brand-500/20 focus-visible:outline-none disabled:cursor-not-allowed disabled:opacity-45",
                selected ? "border-brand-500 bg-brand-50 text-brand-800" : "border-zinc-200 bg-white text-zinc-700 hover:border-zinc-300 hover:bg-zinc-50",
              )}
            >
              {selected && <Check aria-hidden className="size-3.5 text-brand-600" />}
              <span className="font-medium">{rule.label}</span>
              <span className={cn("text-xs tabular-nums", selected ? "text-brand-600" : "text-zinc-400")}>
                {formatNumber(rule.maxChars)}
              </span>
            </button>
          );
        })}
      </div>
      {error && (
        <p id="platforms-error" className="mt-2 flex items-start gap-1.5 text-[13px] leading-5 text-red-600">
          <CircleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />
          {error}
        </p>
      )}
    </fieldset>
  );
}
