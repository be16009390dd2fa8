"use client";

import { useInfiniteQuery } from "@tanstack/react-query";
import { Eye, History, RotateCcw } from "lucide-react";
import type { ReactNode } from "react";
import { useWorkspaceSlug } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { brandBookFieldLabels } from "@/lib/brand/fields";
import type { BrandBookHistoryItem } from "@/server/brand/list-brand-book-versions";
import { historyInput } from "./history-query";
import { LocalTime } from "./local-time";
import { RestoreVersionDialog } from "./restore-version-dialog";
import { VersionDialog } from "./version-dialog";

interface HistoryProps {
  editable: boolean;
  hasUnsavedChanges: boolean;
  onRestored: () => void | Promise<void>;
}

/** Every saved version, newest first: who, when, what changed; view any, restore older ones. */
export function BrandHistory({ editable, hasUnsavedChanges, onRestored }: HistoryProps) {
  const trpc = useTRPC();
  const slug = useWorkspaceSlug();
  const list = useInfiniteQuery(trpc.brand.versions.infiniteQueryOptions(historyInput(slug), { getNextPageParam: (p) => p.nextCursor }));
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const latest = items[0]?.version ?? 0;

  return (
    <Card className="xl:sticky xl:top-6">
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            <History aria-hidden className="size-4 text-zinc-400" />
            History
          </span>
        }
        description={items.length > 0 ? "Every save is kept. New drafts use the current version." : undefined}
      />
      <div className="px-3 pt-3 pb-3 sm:px-4">
        {list.isError ? (
          <Alert tone="danger">{errorMessage(list.error)}</Alert>
        ) : items.length === 0 && !list.isPending ? (
          <p className="px-2 pb-2 text-sm text-zinc-500">No versions yet. Your first save becomes version 1.</p>
        ) : (
          <ol aria-label="Brand book versions" className="space-y-1">
            {items.map((item) => (
              <VersionRow key={item.version} item={item} latest={latest} editable={editable} hasUnsavedChanges={hasUnsavedChanges} onRestored={onRestored} />
            ))}
          </ol>
        )}
        {list.hasNextPage && (
          <Button variant="ghost" size="sm" className="mt-2 w-full" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            Show older versions
          </Button>
        )}
      </div>
    </Card>
  );
}

function VersionRow({ item, latest, editable, hasUnsavedChanges, onRestored }: HistoryProps & { item: BrandBookHistoryItem; latest: number }) {
  const author = item.createdBy?.name ?? item.createdBy?.email ?? "A former member";
  const restore = (trigger: ReactNode) => (
    <RestoreVersionDialog version={item.version} latest={latest} hasUnsavedChanges={hasUnsavedChanges} onRestored={onRestored} trigger={trigger} />
  );
  return (
    <li className="rounded-xl px-2.5 py-3 transition-colors hover:bg-zinc-50">
      <div className="flex items-center justify-between gap-2">
        <p className="flex items-center gap-2 text-sm font-semibold text-zinc-900">
          Version {item.version}
          {item.isCurrent && <Badge tone="brand">Current</Badge>}
        </p>
        <LocalTime date={item.createdAt} relative className="shrink-0 text-xs text-zinc-500" />
      </div>
      <p className="mt-1.5 flex items-center gap-2 text-[13px] text-zinc-600">
        <Avatar name={author} seed={item.createdBy?.id ?? "gone"} size="sm" />
        <span className="truncate">{author}</span>
      </p>
      <p className="mt-2 text-[13px] leading-5 text-zinc-600">
        {item.restoredFrom ? (
          <span className="font-medium text-zinc-700">Restored version {item.restoredFrom}. </span>
        ) : null}
        <span className="text-zinc-500">{item.version === 1 && !item.restoredFrom ? "Created with " : "Changed "}</span>
        {item.changedFields.map((f) => brandBookFieldLabels[f]).join(", ") || "nothing"}
      </p>
      <div className="mt-2 flex gap-1">
        <VersionDialog
          item={item}
          trigger={
            <Button size="sm" variant="ghost" aria-label={`View version ${item.version}`}>
              <Eye aria-hidden />
              View
            </Button>
          }
          restore={editable && !item.isCurrent ? restore(<Button>Restore this version</Button>) : undefined}
        />
        {editable && !item.isCurrent &&
          restore(
            <Button size="sm" variant="ghost" aria-label={`Restore version ${item.version}`}>
              <RotateCcw aria-hidden />
              Restore
            </Button>,
          )}
      </div>
    </li>
  );
}
