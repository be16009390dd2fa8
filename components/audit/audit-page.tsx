"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ScrollText, SearchX } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { AuditFilters } from "./audit-filters";
import { auditListInput, emptyAuditFilters, type AuditFilterValues } from "./audit-query";
import { AuditTable } from "./audit-table";

export function AuditPage() {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const [filters, setFilters] = useState<AuditFilterValues>(emptyAuditFilters);
  const filtered = Object.values(filters).some(Boolean);
  const options = useQuery(trpc.audit.filters.queryOptions({ workspaceSlug: slug }));
  const list = useInfiniteQuery({
    ...trpc.audit.list.infiniteQueryOptions(auditListInput(slug, filters), { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];

  return (
    <>
      <PageHeader
        title="Audit log"
        description="Every change in this workspace: who made it, what changed, and when. Records can't be edited or deleted."
      />
      <Card>
        <AuditFilters
          values={filters}
          onChange={setFilters}
          actions={options.data?.actions ?? []}
          actors={options.data?.actors ?? []}
        />
        {list.isError ? (
          <div className="p-5">
            <Alert tone="danger" title="Couldn't load the audit log">
              {errorMessage(list.error)}
            </Alert>
          </div>
        ) : list.isPending ? (
          <div className="space-y-4 p-6">
            {[0, 1, 2, 3].map((i) => (
              <Skeleton key={i} className="h-5 w-full" />
            ))}
          </div>
        ) : items.length === 0 ? (
          filtered ? (
            <EmptyState
              icon={<SearchX />}
              title="No events match these filters"
              description="Try a wider date range, or another person or action."
              action={
                <Button variant="secondary" onClick={() => setFilters(emptyAuditFilters)}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyState icon={<ScrollText />} title="No events yet" description="Changes to members, invitations and settings will appear here." />
          )
        ) : (
          <div className={list.isPlaceholderData ? "opacity-60 transition-opacity" : undefined} aria-busy={list.isFetching}>
            <AuditTable items={items} />
            <div className="flex items-center justify-between border-t border-zinc-100 px-5 py-3 text-[13px] text-zinc-500 sm:px-6">
              <span aria-live="polite">
                Showing {items.length} {items.length === 1 ? "event" : "events"}
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
