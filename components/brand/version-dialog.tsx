"use client";

import { useQuery } from "@tanstack/react-query";
import { useState, type ReactNode } from "react";
import { useWorkspaceSlug } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/form-errors";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import type { BrandBookHistoryItem } from "@/server/brand/list-brand-book-versions";
import { BrandBookView } from "./brand-book-view";

/** One version, read-only, with what changed in it marked; loads when opened. */
export function VersionDialog({ item, trigger, restore }: { item: BrandBookHistoryItem; trigger: ReactNode; restore?: ReactNode }) {
  const trpc = useTRPC();
  const slug = useWorkspaceSlug();
  const [open, setOpen] = useState(false);
  const query = useQuery({ ...trpc.brand.version.queryOptions({ workspaceSlug: slug, version: item.version }), enabled: open, staleTime: Infinity });
  const author = item.createdBy?.name ?? item.createdBy?.email ?? "a former member";

  return (
    <Dialog open={open} onOpenChange={setOpen}>
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="lg" className="sm:max-w-2xl">
        <DialogHeader
          title={`Version ${item.version}${item.isCurrent ? " (current)" : ""}`}
          description={`Saved by ${author} on ${formatDateTime(item.createdAt)}${item.restoredFrom ? ` — restored from version ${item.restoredFrom}` : ""}.`}
        />
        {query.isError ? (
          <Alert tone="danger">{errorMessage(query.error)}</Alert>
        ) : query.data ? (
          <BrandBookView book={query.data.book} highlight={item.changedFields} />
        ) : (
          <div className="space-y-4" aria-busy>
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-5 w-full" />
            ))}
          </div>
        )}
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">Close</Button>
          </DialogClose>
          {restore}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
