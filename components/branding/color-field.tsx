"use client";

import { Input } from "@/components/ui/input";

/** A hex colour: a picker and the code, kept in step; empty means "not set here". */
export function ColorField({
  name,
  label,
  value,
  onChange,
  placeholder,
}: {
  name: string;
  /** What the colour is for, for the picker's accessible name. */
  label: string;
  value: string;
  onChange: (value: string) => void;
  placeholder: string;
}) {
  const valid = /^#[0-9a-fA-F]{6}$/.test(value);
  return (
    <div className="flex items-center gap-2">
      <input
        type="color"
        aria-label={`Pick the ${label.toLowerCase()}`}
        value={valid ? value : placeholder}
        onChange={(e) => onChange(e.target.value)}
        className="h-10 w-11 shrink-0 cursor-pointer rounded-lg border border-zinc-200 bg-white p-1"
      />
      <Input
        name={name}
        value={value}
        placeholder={placeholder}
        spellCheck={false}
        onChange={(e) => onChange(e.target.value)}
        className="font-mono"
      />
    </div>
  );
}
