"use client";

import { CircleAlert, Plus, X } from "lucide-react";
import { useId, useRef, useState, type ClipboardEvent, type KeyboardEvent } from "react";
import { Button } from "@/components/ui/button";
import { Label } from "@/components/ui/label";
import { cn } from "@/lib/utils";

interface TagListInputProps {
  label: string;
  description?: string;
  values: string[];
  onChange: (values: string[]) => void;
  /** Singular noun for messages and buttons: "pillar", "hashtag". */
  noun: string;
  max: number;
  maxLength?: number;
  placeholder?: string;
  /** Turns typed text into the stored form (hashtags get a #). */
  normalise?: (value: string) => string;
  /** A message when a typed entry is not acceptable. */
  validate?: (value: string) => string | null;
  /** Extra separators when pasting or typing (newlines always split a paste). */
  separators?: RegExp;
  /** An error from the server or the last save attempt. */
  error?: string;
}

/**
 * A list of short entries: type and press Enter (or Add) to add one, remove one with its button.
 * Backspace in the empty box moves to the last entry; the remove buttons take Delete/Backspace and
 * arrow keys. Additions and removals are announced to screen readers.
 */
export function TagListInput(props: TagListInputProps) {
  const { label, description, values, onChange, noun, max, maxLength = 200, placeholder, normalise, validate, separators, error } = props;
  const id = useId();
  const inputRef = useRef<HTMLInputElement>(null);
  const listRef = useRef<HTMLUListElement>(null);
  const [text, setText] = useState("");
  const [entryError, setEntryError] = useState<string | null>(null);
  const [announcement, setAnnouncement] = useState("");
  const full = values.length >= max;
  const shownError = entryError ?? error ?? null;
  const describedBy = [shownError ? `${id}-error` : null, description ? `${id}-description` : null, `${id}-count`].filter(Boolean).join(" ");

  /** Adds what was typed or pasted; returns the text to leave in the box (the first rejected entry onwards). */
  function add(raw: string): string {
    const pieces = raw
      .split(/\r?\n/)
      .flatMap((line) => (separators ? line.split(separators) : [line]))
      .map((p) => p.trim())
      .filter(Boolean);
    const next = [...values];
    let leftover = "";
    for (const [i, piece] of pieces.entries()) {
      const value = normalise ? normalise(piece) : piece;
      const problem =
        validate?.(value) ??
        (value.length > maxLength ? `Keep each ${noun} under ${maxLength} characters.` : null) ??
        (next.some((v) => v.toLocaleLowerCase() === value.toLocaleLowerCase()) ? `“${value}” is already in the list.` : null) ??
        (next.length >= max ? `You can add at most ${max} — remove one first.` : null);
      if (problem) {
        setEntryError(problem);
        leftover = pieces.slice(i).join(" ");
        break;
      }
      next.push(value);
    }
    const added = next.slice(values.length);
    if (added.length > 0) {
      onChange(next);
      setAnnouncement(`Added ${added.length === 1 ? added[0] : `${added.length} entries`}. ${next.length} of ${max}.`);
    }
    if (!leftover) setEntryError(null);
    return leftover;
  }

  function commit() {
    if (text.trim()) setText(add(text));
  }

  function remove(index: number) {
    const removed = values[index];
    const next = values.filter((_, i) => i !== index);
    onChange(next);
    setEntryError(null);
    setAnnouncement(`Removed ${removed}. ${next.length} of ${max}.`);
    // Keep focus in the list: the entry that took its place, the one before, or the text box.
    requestAnimationFrame(() => {
      const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-remove]");
      const target = buttons?.[Math.min(index, (buttons?.length ?? 0) - 1)];
      (target ?? inputRef.current)?.focus();
    });
  }

  function focusTag(index: number) {
    const buttons = listRef.current?.querySelectorAll<HTMLButtonElement>("button[data-remove]");
    if (!buttons || index < 0) return;
    if (index >= buttons.length) inputRef.current?.focus();
    else buttons[index]?.focus();
  }

  function onInputKeyDown(event: KeyboardEvent<HTMLInputElement>) {
    if (event.key === "Enter") {
      event.preventDefault();
      commit();
    } else if (event.key === "Backspace" && text === "" && values.length > 0) {
      event.preventDefault();
      focusTag(values.length - 1);
    } else if (event.key === "Escape" && text) {
      event.stopPropagation();
      setText("");
      setEntryError(null);
    }
  }

  function onTagKeyDown(event: KeyboardEvent<HTMLButtonElement>, index: number) {
    if (event.key === "Backspace" || event.key === "Delete") {
      event.preventDefault();
      remove(index);
    } else if (event.key === "ArrowLeft") {
      event.preventDefault();
      focusTag(index - 1);
    } else if (event.key === "ArrowRight") {
      event.preventDefault();
      focusTag(index + 1);
    }
  }

  function onPaste(event: ClipboardEvent<HTMLInputElement>) {
    const pasted = event.clipboardData.getData("text");
    if (!/[\n\r]/.test(pasted) && !(separators && separators.test(pasted))) return;
    event.preventDefault();
    setText(add(text + pasted));
  }

  return (
    <div className="space-y-1.5">
      <div className="flex items-baseline justify-between gap-2">
        <Label htmlFor={id}>{label}</Label>
        <span id={`${id}-count`} className={cn("text-xs tabular-nums", full ? "text-amber-700" : "text-zinc-400")}>
          {values.length} / {max}
        </span>
      </div>
      <div
        className={cn(
          "rounded-lg border bg-white p-1.5 shadow-xs transition-[border-color,box-shadow] focus-within:ring-4",
          shownError ? "border-red-400 focus-within:ring-red-500/15" : "border-zinc-300 focus-within:border-brand-500 focus-within:ring-brand-500/15",
        )}
      >
        {values.length > 0 && (
          <ul ref={listRef} aria-label={label} className="flex flex-wrap gap-1.5 p-0.5 pb-1.5">
            {values.map((value, index) => (
              <li
                key={value}
                className="inline-flex max-w-full items-center gap-1 rounded-md border border-zinc-200 bg-zinc-50 py-0.5 pr-0.5 pl-2 text-[13px] text-zinc-800 has-[:focus-visible]:border-brand-400 has-[:focus-visible]:bg-brand-50"
              >
                <span className="min-w-0 break-words">{value}</span>
                <button
                  type="button"
                  data-remove
                  aria-label={`Remove ${noun} “${value}”`}
                  onClick={() => remove(index)}
                  onKeyDown={(e) => onTagKeyDown(e, index)}
                  className="rounded p-0.5 text-zinc-400 transition hover:bg-zinc-200 hover:text-zinc-700 focus-visible:text-brand-700 focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none"
                >
                  <X aria-hidden className="size-3.5" />
                </button>
              </li>
            ))}
          </ul>
        )}
        <div className="flex items-center gap-1.5">
          <input
            ref={inputRef}
            id={id}
            value={text}
            onChange={(e) => {
              setText(e.target.value);
              if (entryError) setEntryError(null);
            }}
            onKeyDown={onInputKeyDown}
            onPaste={onPaste}
            onBlur={() => {
              if (text.trim() && !full) commit();
            }}
            maxLength={maxLength + 1}
            placeholder={full ? `The list is full (${max})` : placeholder}
            aria-describedby={describedBy}
            aria-invalid={shownError ? true : undefined}
            enterKeyHint="done"
            className="h-8 min-w-0 flex-1 bg-transparent px-1.5 text-sm text-zinc-900 placeholder:text-zinc-400 focus:outline-none"
          />
          {text.trim() && (
            <Button size="sm" variant="secondary" onMouseDown={(e) => e.preventDefault()} onClick={commit}>
              <Plus aria-hidden />
              Add
            </Button>
          )}
        </div>
      </div>
      {description && !shownError && (
        <p id={`${id}-description`} className="text-[13px] leading-5 text-zinc-500">
          {description}
        </p>
      )}
      {shownError && (
        <p id={`${id}-error`} className="flex items-start gap-1.5 text-[13px] leading-5 text-red-600">
          <CircleAlert aria-hidden className="mt-0.5 size-3.5 shrink-0" />
          {shownError}
        </p>
      )}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
