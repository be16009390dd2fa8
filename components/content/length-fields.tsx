"use client";

import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { maxTolerancePct, minTolerancePct, wordWindow } from "@/lib/ai/platforms/word-count";
import { formatNumber } from "@/lib/format";

/** Target word count, the tolerance around it (5–20 %), and whether missing it blocks review. */
export function LengthFields({
  wordCount,
  tolerancePct,
  strict,
  onChange,
  errors,
}: {
  wordCount: string;
  tolerancePct: number;
  strict: boolean;
  onChange: (patch: { wordCount?: string; tolerancePct?: number; strict?: boolean }) => void;
  errors: { wordCount?: string; tolerancePct?: string; strict?: string };
}) {
  const target = Number(wordCount);
  const window = Number.isInteger(target) && target > 0 ? wordWindow(target, tolerancePct) : null;
  return (
    <div className="grid gap-5 sm:grid-cols-[180px_1fr]">
      <FormField label="Target words" error={errors.wordCount}>
        <Input type="number" inputMode="numeric" min={5} max={5000} step={1} value={wordCount} onChange={(e) => onChange({ wordCount: e.target.value })} />
      </FormField>
      <div className="space-y-1.5">
        <div className="flex items-baseline justify-between">
          <label htmlFor="tolerance" className="text-sm font-medium text-zinc-800">
            Tolerance
          </label>
          <span className="text-sm tabular-nums text-zinc-600">± {tolerancePct} %</span>
        </div>
        <input
          id="tolerance"
          type="range"
          min={minTolerancePct}
          max={maxTolerancePct}
          step={1}
          value={tolerancePct}
          onChange={(e) => onChange({ tolerancePct: Number(e.target.value) })}
          aria-valuetext={`plus or minus ${tolerancePct} percent`}
          aria-describedby="tolerance-hint"
          className="h-10 w-full cursor-pointer accent-brand-600"
        />
        <p id="tolerance-hint" className="text-[13px] text-zinc-500">
          {errors.tolerancePct ?? (window ? `Aim for ${formatNumber(window.min)}–${formatNumber(window.max)} words.` : "Give a target to see the window.")}
        </p>
      </div>
      <label className="flex cursor-pointer items-start gap-3 sm:col-span-2">
        <input
          type="checkbox"
          role="switch"
          checked={strict}
          onChange={(e) => onChange({ strict: e.target.checked })}
          className="peer sr-only"
        />
        <span
          aria-hidden
          className="relative mt-0.5 inline-flex h-5 w-9 shrink-0 rounded-full bg-zinc-300 transition-colors peer-checked:bg-brand-600 peer-focus-visible:ring-4 peer-focus-visible:ring-brand-500/20 after:absolute after:top-0.5 after:left-0.5 after:size-4 after:rounded-full after:bg-white after:shadow-sm after:transition-transform peer-checked:after:translate-x-4"
        />
        <span>
          <span className="block text-sm font-medium text-zinc-800">Strict length</span>
          <span className="block text-[13px] text-zinc-500">A draft outside the window never reaches review (otherwise it is a warning).</span>
        </span>
      </label>
    </div>
  );
}
