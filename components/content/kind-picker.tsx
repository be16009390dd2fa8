"use client";

import { FileText, MessageSquare, MessagesSquare } from "lucide-react";
import { contentKinds, type ContentKind } from "@/lib/ai/brief";
import { cn } from "@/lib/utils";
import { kindLabels } from "./content-labels";

const icons = { blog: FileText, social: MessageSquare, thread: MessagesSquare };

/** The three kinds as a radio group of cards. */
export function KindPicker({ value, onChange, error }: { value: ContentKind; onChange: (kind: ContentKind) => void; error?: string }) {
  return (
    <fieldset>
      <legend className="text-sm font-medium text-zinc-800">What to write</legend>
      <div role="radiogroup" aria-label="Kind" className="mt-2 grid gap-2 sm:grid-cols-3">
        {contentKinds.map((kind) => {
          const Icon = icons[kind];
          const selected = value === kind;
          return (
            <label
              key={kind}
              className={cn(
                "flex cursor-pointer gap-3 rounded-xl border p-3.5 transition-colors has-[:focus-visible]:ring-4 has-[:focus-visible]:ring-brand-500/20",
                selected ? "border-brand-500 bg-brand-50/60" : "border-zinc-200 bg-white hover:border-zinc-300",
              )}
            >
              <input type="radio" name="kind" value={kind} checked={selected} onChange={() => onChange(kind)} className="sr-only" />
              <Icon aria-hidden className={cn("mt-0.5 size-5 shrink-0", selected ? "text-brand-600" : "text-zinc-400")} />
              <span className="min-w-0">
                <span className="block text-sm font-medium text-zinc-900">{kindLabels[kind].label}</span>
                <span className="mt-0.5 block text-[12.5px] leading-5 text-zinc-500">{kindLabels[kind].description}</span>
              </span>
            </label>
          );
        })}
      </div>
      {error && <p className="mt-2 text-[13px] leading-5 text-red-600">{error}</p>}
    </fieldset>
  );
}
