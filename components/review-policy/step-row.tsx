"use client";

import { ArrowDown, ArrowUp, Trash2 } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { maxStepName, stepKindLabels, type DraftStep, type StepKind } from "./policy-draft";

interface StepRowProps {
  step: DraftStep;
  index: number;
  count: number;
  error?: string;
  disabled: boolean;
  onChange: (next: DraftStep) => void;
  onMove: (delta: -1 | 1) => void;
  onRemove: () => void;
}

/** One approval step: its number, name, who decides, and buttons to reorder or remove it. */
export function StepRow({ step, index, count, error, disabled, onChange, onMove, onRemove }: StepRowProps) {
  const n = index + 1;
  return (
    <li data-step-key={step.key} className="flex gap-3 rounded-xl border border-zinc-200 bg-white p-4">
      <span
        aria-hidden
        className="mt-7 flex size-7 shrink-0 items-center justify-center rounded-full border border-brand-200 bg-brand-50 text-xs font-semibold text-brand-700"
      >
        {n}
      </span>
      <div className="grid min-w-0 flex-1 gap-3 sm:grid-cols-[minmax(0,1fr)_minmax(0,1.4fr)]">
        <FormField label={`Step ${n} name`} error={error}>
          <Input
            value={step.name}
            maxLength={maxStepName + 20}
            disabled={disabled}
            placeholder={step.kind === "client" ? "Client sign-off" : "Editor review"}
            onChange={(e) => onChange({ ...step, name: e.target.value })}
          />
        </FormField>
        <FormField label={`Step ${n} decided by`} description={stepKindLabels[step.kind].description}>
          <Select value={step.kind} disabled={disabled} onChange={(e) => onChange({ ...step, kind: e.target.value as StepKind })}>
            {(Object.keys(stepKindLabels) as StepKind[]).map((kind) => (
              <option key={kind} value={kind}>
                {stepKindLabels[kind].label}
              </option>
            ))}
          </Select>
        </FormField>
      </div>
      <div className="mt-6 flex shrink-0 flex-col gap-1 sm:flex-row">
        <Button type="button" variant="ghost" size="icon-sm" data-move="up" aria-label={`Move step ${n} up`} disabled={disabled || index === 0} onClick={() => onMove(-1)}>
          <ArrowUp aria-hidden />
        </Button>
        <Button
          type="button"
          variant="ghost"
          size="icon-sm"
          data-move="down"
          aria-label={`Move step ${n} down`}
          disabled={disabled || index === count - 1}
          onClick={() => onMove(1)}
        >
          <ArrowDown aria-hidden />
        </Button>
        <Button type="button" variant="danger-ghost" size="icon-sm" aria-label={`Remove step ${n}`} disabled={disabled || count <= 1} onClick={onRemove}>
          <Trash2 aria-hidden />
        </Button>
      </div>
    </li>
  );
}
