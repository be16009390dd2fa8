"use client";

import { Search } from "lucide-react";
import Link from "next/link";
import { useEffect, useId, useState } from "react";

interface Suggestion {
  id: string;
  title: string;
  path: string;
}

/**
 * The blog's search form (a plain GET form, works without JavaScript) with search-as-you-type:
 * after a short pause it asks /api/blog/search for prefix matches and lists them as links.
 */
export function SearchBox({ site, action, initial = "" }: { site: string; action: string; initial?: string }) {
  const [q, setQ] = useState(initial);
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const listId = useId();

  useEffect(() => {
    const text = q.trim();
    if (text.length < 2 || text === initial.trim()) {
      setSuggestions(null);
      return;
    }
    const controller = new AbortController();
    const timer = setTimeout(async () => {
      try {
        const params = new URLSearchParams({ site, q: text, prefix: "1", limit: "5" });
        const response = await fetch(`/api/blog/search?${params}`, { signal: controller.signal, credentials: "omit" });
        if (!response.ok) return setSuggestions([]);
        const data = (await response.json()) as { hits: Suggestion[] };
        setSuggestions(data.hits);
      } catch {
        /* aborted or offline: keep the last suggestions */
      }
    }, 200);
    return () => {
      clearTimeout(timer);
      controller.abort();
    };
  }, [q, site, initial]);

  return (
    <div className="relative w-full">
      <form role="search" action={action} method="get" className="flex gap-2">
        <label htmlFor={`${listId}-q`} className="sr-only">
          Search posts
        </label>
        <input
          id={`${listId}-q`}
          name="q"
          type="search"
          value={q}
          onChange={(e) => setQ(e.target.value)}
          placeholder="Search posts"
          autoComplete="off"
          aria-describedby={`${listId}-status`}
          aria-controls={suggestions?.length ? listId : undefined}
          className="h-10 w-full rounded-lg border border-zinc-300 bg-white px-3 text-sm text-zinc-900 placeholder:text-zinc-400 focus:border-brand-500 focus:outline-2 focus:outline-brand-500/30"
        />
        <button type="submit" className="inline-flex h-10 items-center gap-1.5 rounded-lg bg-zinc-900 px-4 text-sm font-medium text-white hover:bg-zinc-800 focus-visible:outline-2 focus-visible:outline-offset-2">
          <Search aria-hidden className="size-4" /> Search
        </button>
      </form>
      <p id={`${listId}-status`} aria-live="polite" className="sr-only">
        {suggestions === null ? "" : suggestions.length === 0 ? "No matching posts yet." : `${suggestions.length} matching posts.`}
      </p>
      {suggestions && suggestions.length > 0 && (
        <ul id={listId} aria-label="Matching posts" className="absolute z-10 mt-1 w-full overflow-hidden rounded-lg border border-zinc-200 bg-white shadow-lg">
          {suggestions.map((s) => (
            <li key={s.id}>
              <Link href={s.path} className="block px-3 py-2 text-sm text-zinc-800 hover:bg-zinc-50 focus-visible:bg-zinc-100 focus-visible:outline-none">
                {s.title}
              </Link>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
