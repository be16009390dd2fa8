"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Inbox, SearchX } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
import { errorMessage } from "@/lib/form-errors";
import { pluralize } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { QueueFilters } from "./queue-filters";
import { isFiltered, noQueueFilters, queueInput, type QueueFilterValues } from "./queue-query";
import { QueueTable } from "./queue-table";

export function ReviewQueuePage() {
  const trpc = useTRPC();
  const { slug, workspace, can } = useWorkspace();
  const [filters, setFilters] = useState<QueueFilterValues>(noQueueFilters);
  const count = useQuery(trpc.review.count.queryOptions({ workspaceSlug: slug }));
  const members = useQuery(trpc.comment.mentionable.queryOptions({ workspaceSlug: slug }));
  const list = useInfiniteQuery({
    ...trpc.review.queue.infiniteQueryOptions(queueInput(slug, filters), { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const waiting = count.data?.inReview;

  return (
    <>
      <PageHeader
        title="Review"
        description={
          waiting === undefined
            ? `Content for ${workspace.name} waiting for a decision.`
            : `${pluralize(waiting, "item")} waiting for a decision in ${workspace.name}.${can("content.approve") ? "" : " Your role reads and comments; it does not decide."}`
        }
      />
      <Tabs value={filters.status} onValueChange={(v) => setFilters({ ...filters, status: v as QueueFilterValues["status"] })} className="mb-4">
        <TabsList aria-label="Queue">
          <TabsTrigger value="in_review">In review{waiting !== undefined ? ` (${waiting})` : ""}</TabsTrigger>
          <TabsTrigger value="changes_requested">Changes requested</TabsTrigger>
        </TabsList>
      </Tabs>
      <Card>
        <QueueFilters values={filters} onChange={setFilters} members={members.data ?? []} />
        {list.isError ? (
          <div className="p-5">
            <Alert tone="danger" title="Couldn't load the queue">
              {errorMessage(list.error)}
            </Alert>
          </div>
        ) : list.isPending ? (
          <div className="space-y-4 p-6">
            {[0, 1, 2].map((i) => (
              <Skeleton key={i} className="h-5 w-full" />
            ))}
          </div>
        ) : items.length === 0 ? (
          isFiltered(filters) ? (
            <EmptyState
              icon={<SearchX />}
              title="Nothing matches these filters"
              action={
                <Button variant="secondary" onClick={() => setFilters({ ...noQueueFilters, status: filters.status })}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyState
              className="py-16"
              icon={<Inbox />}
              title={filters.status === "in_review" ? "Nothing waiting for review" : "No change requests open"}
              description={
                filters.status === "in_review"
                  ? "When a draft finishes generating it lands here for approval."
                  : "Items sent back with a change request or a rejection show up here until they are edited or regenerated."
              }
              action={
                can("content.create") && (
                  <Button variant="secondary" asChild>
                    <Link href={`/${slug}/content/new`}>Request content</Link>
                  </Button>
                )
              }
            />
          )
        ) : (
          <div className={list.isPlaceholderData ? "opacity-60 transition-opacity" : undefined} aria-busy={list.isFetching}>
            <QueueTable slug={slug} items={items} />
            <div className="flex items-center justify-between border-t border-zinc-100 px-5 py-3 text-[13px] text-zinc-500 sm:px-6">
              <span aria-live="polite">
                Showing {pluralize(items.length, "item")}
                {list.hasNextPage ? "" : " — that's everything"}
              </span>
              {list.hasNextPage && (
                <Button variant="secondary" size="sm" loading={list.isFetchingNextPage} onClick={() => void list.fetchNextPage()}>
                  Load more
                </Button>
              )}
            </div>
          </div>
        )}
      </Card>
    </>
  );
}
