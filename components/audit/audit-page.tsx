"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { ScrollText, SearchX } from "lucide-react";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagedList } from "@/components/ui/paged-list";
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
        <PagedList
          list={list}
          count={items.length}
          noun="event"
          errorTitle="Couldn't load the audit log"
          empty={
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
          }
        >
          <AuditTable items={items} />
        </PagedList>
      </Card>
    </>
  );
}
