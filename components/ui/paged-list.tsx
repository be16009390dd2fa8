"use client";

import type { ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/form-errors";
import { pluralize } from "@/lib/format";

/** The parts of an infinite query a paged list shows. */
interface PagedQuery {
  isError: boolean;
  error: unknown;
  isPending: boolean;
  isPlaceholderData: boolean;
  isFetching: boolean;
  hasNextPage: boolean;
  isFetchingNextPage: boolean;
  fetchNextPage: () => Promise<unknown>;
}

/**
 * The body of a filtered, paged list inside a card: the error, the loading skeleton, the empty
 * state, or the rows with a "Showing N … / Load more" footer.
 */
export function PagedList({
  list,
  count,
  noun,
  errorTitle,
  empty,
  skeletonRows = 4,
  children,
}: {
  list: PagedQuery;
  count: number;
  noun: string;
  errorTitle: string;
  empty: ReactNode;
  skeletonRows?: number;
  children: ReactNode;
}) {
  if (list.isError) {
    return (
      <div className="p-5">
        <Alert tone="danger" title={errorTitle}>
          {errorMessage(list.error)}
        </Alert>
      </div>
    );
  }
  if (list.isPending) {
    return (
      <div className="space-y-4 p-6">
        {Array.from({ length: skeletonRows }, (_, i) => (
          <Skeleton key={i} className="h-5 w-full" />
        ))}
      </div>
    );
  }
  if (count === 0) return <>{empty}</>;
  return (
    <div className={list.isPlaceholderData ? "opacity-60 transition-opacity" : undefined} aria-busy={list.isFetching}>
      {children}
      <div className="flex items-center justify-between border-t border-zinc-100 px-5 py-3 text-[13px] text-zinc-500 sm:px-6">
        <span aria-live="polite">
          Showing {pluralize(count, noun)}
          {list.hasNextPage ? "" : " — that's everything"}
        </span>
        {list.hasNextPage && (
          <Button variant="secondary" size="sm" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
            Load more
          </Button>
        )}
      </div>
    </div>
  );
}
