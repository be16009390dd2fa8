"use client";

import { useId, useMemo, useRef, useState } from "react";
import { Avatar } from "@/components/ui/avatar";
import { Textarea } from "@/components/ui/textarea";
import { cn } from "@/lib/utils";
import { nameOf } from "./review-labels";
import type { Person } from "./types";

/** The "@query" being typed right before the caret, or null. */
function mentionAt(text: string, caret: number): { start: number; query: string } | null {
  const m = /(^|\s)@([\p{L}\p{N}._-]{0,30})$/u.exec(text.slice(0, caret));
  return m ? { start: caret - m[2]!.length - 1, query: m[2]!.toLowerCase() } : null;
}

/**
 * A textarea with @mention autocomplete (ARIA combobox): type "@" and part of a member's name or
 * e-mail, pick with ↑/↓ and Enter or Tab, Escape closes. Picked members are reported by id.
 */
export function MentionTextarea({
  value,
  onChange,
  members,
  onMention,
  ...props
}: {
  value: string;
  onChange: (value: string) => void;
  members: Person[];
  onMention: (person: Person) => void;
  placeholder?: string;
  rows?: number;
  "aria-label"?: string;
  onSubmitShortcut?: () => void;
}) {
  const ref = useRef<HTMLTextAreaElement>(null);
  const listId = useId();
  const [caret, setCaret] = useState(0);
  const [active, setActive] = useState(0);
  const [dismissed, setDismissed] = useState<number | null>(null);
  const mention = mentionAt(value, caret);
  const matches = useMemo(() => {
    if (!mention) return [];
    return members.filter((m) => `${m.name ?? ""} ${m.email ?? ""}`.toLowerCase().includes(mention.query)).slice(0, 6);
  }, [mention, members]);
  const open = Boolean(mention) && matches.length > 0 && dismissed !== mention?.start;

  function pick(person: Person) {
    if (!mention) return;
    const label = `@${nameOf(person).replace(/\s+/g, " ")} `;
    const next = value.slice(0, mention.start) + label + value.slice(caret);
    onChange(next);
    onMention(person);
    const at = mention.start + label.length;
    requestAnimationFrame(() => {
      ref.current?.focus();
      ref.current?.setSelectionRange(at, at);
      setCaret(at);
    });
  }

  function onKeyDown(e: React.KeyboardEvent<HTMLTextAreaElement>) {
    if ((e.metaKey || e.ctrlKey) && e.key === "Enter") return props.onSubmitShortcut?.();
    if (!open) return;
    if (e.key === "ArrowDown" || e.key === "ArrowUp") {
      e.preventDefault();
      setActive((i) => (i + (e.key === "ArrowDown" ? 1 : matches.length - 1)) % matches.length);
    } else if (e.key === "Enter" || e.key === "Tab") {
      e.preventDefault();
      const person = matches[Math.min(active, matches.length - 1)];
      if (person) pick(person);
    } else if (e.key === "Escape") {
      e.preventDefault();
      setDismissed(mention?.start ?? null);
    }
  }

  return (
    <div className="relative">
      <Textarea
        ref={ref}
        rows={props.rows ?? 3}
        value={value}
        placeholder={props.placeholder}
        aria-label={props["aria-label"]}
        maxLength={5000}
        role="combobox"
        aria-autocomplete="list"
        aria-expanded={open}
        aria-controls={open ? listId : undefined}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        onChange={(e) => {
          onChange(e.target.value);
          setCaret(e.target.selectionStart);
          setActive(0);
        }}
        onSelect={(e) => setCaret(e.currentTarget.selectionStart)}
        onKeyDown={onKeyDown}
      />
      {open && (
        <ul id={listId} role="listbox" aria-label="Mention a member" className="absolute z-20 mt-1 w-72 overflow-hidden rounded-xl border border-zinc-200 bg-white py-1 shadow-lg">
          {matches.map((person, i) => (
            <li
              key={person.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              onMouseDown={(e) => (e.preventDefault(), pick(person))}
              className={cn("flex cursor-pointer items-center gap-2 px-3 py-1.5 text-sm", i === active ? "bg-brand-50 text-brand-900" : "text-zinc-800")}
            >
              <Avatar name={nameOf(person)} size="sm" />
              <span className="truncate font-medium">{nameOf(person)}</span>
              {person.email && person.name && <span className="truncate text-xs text-zinc-500">{person.email}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
