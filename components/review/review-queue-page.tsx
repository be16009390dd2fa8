"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { Inbox } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, NoFilterMatches } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagedList } from "@/components/ui/paged-list";
import { Tabs, TabsList, TabsTrigger } from "@/components/ui/tabs";
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
        <PagedList
          list={list}
          count={items.length}
          noun="item"
          errorTitle="Couldn't load the queue"
          skeletonRows={3}
          empty={
            isFiltered(filters) ? (
              <NoFilterMatches onClear={() => setFilters({ ...noQueueFilters, status: filters.status })} />
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
          }
        >
          <QueueTable slug={slug} items={items} />
        </PagedList>
      </Card>
    </>
  );
}
