"use client";

import { X } from "lucide-react";
import { useState, type KeyboardEvent } from "react";
import { useFieldControl } from "@/components/ui/form-field";
import { cn } from "@/lib/utils";

/** Keywords as tags: Enter or a comma adds one, Backspace on an empty field removes the last. */
export function KeywordInput({ value, onChange, max = 20 }: { value: string[]; onChange: (next: string[]) => void; max?: number }) {
  const field = useFieldControl();
  const [draft, setDraft] = useState("");

  function add(raw: string) {
    const words = raw.split(",").map((w) => w.trim()).filter(Boolean);
    const next = [...value];
    for (const word of words) if (!next.some((k) => k.toLowerCase() === word.toLowerCase()) && next.length < max) next.push(word.slice(0, 200));
    onChange(next);
    setDraft("");
  }

  function onKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter" || event.key === ",") {
      event.preventDefault();
      if (draft.trim()) add(draft);
    } else if (event.key === "Backspace" && !draft && value.length) {
      onChange(value.slice(0, -1));
    }
  }

  return (
    <div
      className={cn(
        "flex min-h-10 w-full flex-wrap items-center gap-1.5 rounded-lg border bg-white px-2 py-1.5 text-sm shadow-xs transition-[border-color,box-shadow] focus-within:border-brand-500 focus-within:ring-4 focus-within:ring-brand-500/15",
        field["aria-invalid"] ? "border-red-400" : "border-zinc-300 hover:border-zinc-400",
      )}
    >
      {value.map((keyword) => (
        <span key={keyword} className="inline-flex items-center gap-1 rounded-md bg-zinc-100 py-0.5 pr-1 pl-2 text-[13px] text-zinc-800">
          {keyword}
          <button
            type="button"
            aria-label={`Remove ${keyword}`}
            onClick={() => onChange(value.filter((k) => k !== keyword))}
            className="cursor-pointer rounded p-0.5 text-zinc-500 hover:bg-zinc-200 hover:text-zinc-800"
          >
            <X aria-hidden className="size-3" />
          </button>
        </span>
      ))}
      <input
        {...field}
        value={draft}
        onChange={(e) => setDraft(e.target.value)}
        onKeyDown={onKeyDown}
        onBlur={() => draft.trim() && add(draft)}
        disabled={value.length >= max}
        placeholder={value.length ? "" : "Type a keyword and press Enter"}
        className="h-7 min-w-32 flex-1 bg-transparent px-1 text-sm outline-none placeholder:text-zinc-400"
      />
    </div>
  );
}
