"use client";

import { Check } from "lucide-react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";
import { brandBookFieldLabels } from "@/lib/brand/fields";
import type { BrandBookVersion } from "@/server/brand/brand-book-row";
import { LocalTime } from "./local-time";
import type { BrandDraft } from "./use-brand-draft";

const authorName = (v: BrandBookVersion) => v.createdBy?.name ?? v.createdBy?.email ?? "a former member";

/**
 * Sticks to the bottom of the editor: what is unsaved, the version it will become, and what to
 * do when someone else saved a newer version meanwhile.
 */
export function SaveBar({
  draft,
  current,
  saving,
  formError,
  conflict,
  onOverwrite,
  onLoadLatest,
  onDiscard,
}: {
  draft: BrandDraft;
  current: BrandBookVersion | null;
  saving: boolean;
  formError: string | null;
  conflict: string | null;
  onOverwrite: () => void;
  onLoadLatest: () => void;
  onDiscard: () => void;
}) {
  const newer = draft.newerVersion;
  const labels = draft.dirtyFields.map((f) => brandBookFieldLabels[f]);
  const changed = labels.length <= 3 ? labels.join(", ") : `${labels.length} fields`;
  const floating = draft.dirty || Boolean(conflict || newer || formError);

  return (
    <div className={cn("space-y-2", floating && "sticky bottom-4 z-10")}>
      {(conflict || newer) && (
        <Alert
          tone="warning"
          role="alert"
          title={newer ? `Version ${newer.version} was saved by ${authorName(newer)} while you were editing` : "A newer version exists"}
          className="shadow-lg"
        >
          <p>{newer || !conflict ? "Load it to see their changes (yours are discarded), or save yours as the next version." : conflict}</p>
          <div className="mt-3 flex flex-wrap gap-2">
            <Button size="sm" variant="secondary" onClick={onLoadLatest}>
              Load version {newer?.version ?? current?.version}
            </Button>
            <Button size="sm" variant="dark" loading={saving} onClick={onOverwrite}>
              Save mine over it
            </Button>
          </div>
        </Alert>
      )}
      {formError && (
        <Alert tone="danger" className="shadow-lg">
          {formError}
        </Alert>
      )}
      <div
        className={cn(
          "flex items-center justify-between gap-3 rounded-2xl border border-zinc-200 px-4 py-3 sm:px-5",
          floating ? "bg-white/95 shadow-lg shadow-zinc-950/5 backdrop-blur" : "bg-white shadow-xs",
        )}
      >
        <p className="min-w-0 flex-1 text-[13px] text-zinc-600" aria-live="polite" title={labels.join(", ") || undefined}>
          {conflict || newer ? null : draft.dirty ? (
            <span className="flex items-center gap-2">
              <span aria-hidden className="size-2 shrink-0 rounded-full bg-amber-500" />
              <span className="truncate">
                <span className="font-medium text-zinc-900">Unsaved changes</span> · {changed}
              </span>
            </span>
          ) : current ? (
            <span>
              <span className="font-medium text-zinc-900">Version {current.version}</span> · saved{" "}
              <LocalTime date={current.createdAt} relative />{" "}
              by {authorName(current)}
            </span>
          ) : (
            <span>Nothing saved yet. Fill in what you know — you can refine it any time.</span>
          )}
        </p>
        <div className="flex shrink-0 items-center gap-2">
          {draft.dirty && (
            <Button variant="ghost" onClick={onDiscard} disabled={saving}>
              Discard
            </Button>
          )}
          {conflict || newer ? null : draft.dirty ? (
            <Button type="submit" loading={saving} aria-keyshortcuts="Control+S Meta+S">
              <span className="sm:hidden">Save</span>
              <span className="hidden sm:inline">Save as version {draft.base.version + 1}</span>
            </Button>
          ) : (
            <Button type="submit" variant="secondary" disabled aria-keyshortcuts="Control+S Meta+S">
              <Check aria-hidden className="text-emerald-600" />
              Saved
            </Button>
          )}
        </div>
      </div>
    </div>
  );
}
