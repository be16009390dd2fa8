"use client";

import { CircleAlert, Plus, Trash2 } from "lucide-react";
import { useId, useRef } from "react";
import { Button } from "@/components/ui/button";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";
import { formatNumber } from "@/lib/format";

/**
 * Example posts: one textarea each, added and removed with buttons. Focus follows: a new example
 * gets focus, removing one moves focus to its neighbour (or to "Add").
 */
export function ExamplePostsField({
  values,
  onChange,
  max,
  maxLength,
  description,
  placeholder,
  error,
}: {
  values: string[];
  onChange: (values: string[]) => void;
  max: number;
  maxLength: number;
  description: string;
  placeholder: string;
  error?: string;
}) {
  const id = useId();
  const listRef = useRef<HTMLOListElement>(null);
  const addRef = useRef<HTMLButtonElement>(null);

  function focusItem(index: number) {
    requestAnimationFrame(() => {
      const areas = listRef.current?.querySelectorAll("textarea");
      const target = areas?.[Math.min(index, (areas?.length ?? 0) - 1)];
      (target ?? addRef.current)?.focus();
    });
  }

  return (
    <div role="group" aria-labelledby={`${id}-label`} aria-describedby={`${id}-description${error ? ` ${id}-error` : ""}`} className="space-y-3">
      <div className="flex items-baseline justify-between gap-2">
        <p id={`${id}-label`} className="text-sm font-medium text-zinc-800">
          Example posts
        </p>
        <span className="text-xs text-zinc-400 tabular-nums">
          {values.length} / {max}
        </span>
      </div>
      <p id={`${id}-description`} className="-mt-2 text-[13px] leading-5 text-zinc-500">
        {description}
      </p>
      {values.length > 0 && (
        <ol ref={listRef} className="space-y-3">
          {values.map((value, index) => {
            const over = value.length > maxLength;
            return (
              <li key={index} className="rounded-xl border border-zinc-200 bg-zinc-50/60 p-3">
                <div className="mb-2 flex items-center justify-between gap-2">
                  <label htmlFor={`${id}-${index}`} className="text-[13px] font-medium text-zinc-700">
                    Example {index + 1}
                  </label>
                  <Button
                    size="sm"
                    variant="danger-ghost"
                    aria-label={`Remove example ${index + 1}`}
                    onClick={() => {
                      onChange(values.filter((_, i) => i !== index));
                      focusItem(index === values.length - 1 ? index - 1 : index);
                    }}
                  >
                    <Trash2 aria-hidden />
                    Remove
                  </Button>
                </div>
                <Textarea
                  id={`${id}-${index}`}
                  rows={4}
                  value={value}
                  placeholder={placeholder}
                  aria-invalid={over || undefined}
                  aria-describedby={`${id}-${index}-count`}
                  onChange={(e) => onChange(values.map((v, i) => (i === index ? e.target.value : v)))}
                  className="bg-white"
                />
                <p id={`${id}-${index}-count`} className={cn("mt-1 text-right text-xs tabular-nums", over ? "text-red-600" : "text-zinc-400")}>
                  {formatNumber(value.length)} / {formatNumber(maxLength)} characters
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {error && (
        <p id={`${id}-error`} className="flex items-start gap-1.5 text-[13px] leading-5 text-red-600">
          <CircleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />
          {error}
        </p>
      )}
      <Button
        ref={addRef}
        variant="secondary"
        size="sm"
        disabled={values.length >= max}
        onClick={() => {
          onChange([...values, ""]);
          focusItem(values.length);
        }}
      >
        <Plus aria-hidden />
        {values.length === 0 ? "Add an example post" : "Add another example"}
      </Button>
    </div>
  );
}
