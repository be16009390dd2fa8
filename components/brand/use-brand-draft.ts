"use client";

import { useEffect, useMemo, useState } from "react";
import type { BrandBook } from "@/lib/ai/brief";
import type { BrandBookFieldErrors } from "@/lib/brand/brand-book-input";
import type { BrandBookVersion } from "@/server/brand/brand-book-row";
import { emptyBase, unsavedFields, type DraftBase } from "./brand-draft";

const baseOf = (current: BrandBookVersion | null): DraftBase => (current ? { version: current.version, book: current.book } : emptyBase);

/**
 * The editor's state: the version it started from, the draft, per-field errors. When a newer
 * version arrives (a save elsewhere, a restore) the draft follows it unless it has unsaved changes;
 * then `newerVersion` says so and the user chooses.
 */
export function useBrandDraft(current: BrandBookVersion | null) {
  const [base, setBase] = useState<DraftBase>(() => baseOf(current));
  const [draft, setDraft] = useState<BrandBook>(() => baseOf(current).book);
  const [errors, setErrors] = useState<BrandBookFieldErrors>({});
  const dirtyFields = useMemo(() => unsavedFields(base, draft), [base, draft]);
  const dirty = dirtyFields.length > 0;
  const currentVersion = current?.version ?? 0;

  useEffect(() => {
    if (current && current.version !== base.version && !dirty) {
      setBase(baseOf(current));
      setDraft(current.book);
      setErrors({});
    }
  }, [current, base.version, dirty]);

  // Leaving the page with unsaved changes asks first.
  useEffect(() => {
    if (!dirty) return;
    const warn = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener("beforeunload", warn);
    return () => window.removeEventListener("beforeunload", warn);
  }, [dirty]);

  return {
    base,
    draft,
    errors,
    dirty,
    dirtyFields,
    /** A version newer than the one being edited, saved while there were unsaved changes. */
    newerVersion: current && currentVersion > base.version ? current : null,
    set<K extends keyof BrandBook>(field: K, value: BrandBook[K]) {
      setDraft((d) => ({ ...d, [field]: value }));
      setErrors((e) => (e[field] ? { ...e, [field]: undefined } : e));
    },
    setErrors,
    /** Start over from `to` (a saved, restored or newer version), dropping unsaved changes. */
    reset(to: BrandBookVersion | DraftBase | null) {
      const next = to && "book" in to ? { version: to.version, book: to.book } : emptyBase;
      setBase(next);
      setDraft(next.book);
      setErrors({});
    },
  };
}
export type BrandDraft = ReturnType<typeof useBrandDraft>;
