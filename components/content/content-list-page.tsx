"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Plus, SearchX, Sparkles } from "lucide-react";
import Link from "next/link";
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
import { ContentFilters } from "./content-filters";
import { contentListInput, noContentFilters, type ContentFilterValues } from "./content-query";
import { ContentTable } from "./content-table";

export function ContentListPage() {
  const trpc = useTRPC();
  const { slug, workspace, can } = useWorkspace();
  const create = can("content.create");
  const [filters, setFilters] = useState<ContentFilterValues>(noContentFilters);
  const filtered = Boolean(filters.status || filters.kind);
  const list = useInfiniteQuery({
    ...trpc.content.list.infiniteQueryOptions(contentListInput(slug, filters), { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
  });
  const items = list.data?.pages.flatMap((p) => p.items) ?? [];
  const newButton = create && (
    <Button asChild>
      <Link href={`/${slug}/content/new`}>
        <Plus aria-hidden /> New content
      </Link>
    </Button>
  );

  return (
    <>
      <PageHeader title="Content" description={`Everything written for ${workspace.name}: drafts being generated, waiting for review, and done.`} actions={newButton} />
      <Card>
        <ContentFilters values={filters} onChange={setFilters} />
        {list.isError ? (
          <div className="p-5">
            <Alert tone="danger" title="Couldn't load content">
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
              title="Nothing matches these filters"
              action={
                <Button variant="secondary" onClick={() => setFilters(noContentFilters)}>
                  Clear filters
                </Button>
              }
            />
          ) : (
            <EmptyState
              className="py-16"
              icon={<Sparkles />}
              title={create ? "Generate your first post" : "No content yet"}
              description={
                create
                  ? "Pick a kind and the platforms, give a topic, and watch each stage being written in your brand's voice."
                  : "When editors request content, it shows up here."
              }
              action={
                create && (
                  <Button asChild>
                    <Link href={`/${slug}/content/new`}>
                      <Sparkles aria-hidden /> Generate your first post
                    </Link>
                  </Button>
                )
              }
            />
          )
        ) : (
          <div className={list.isPlaceholderData ? "opacity-60 transition-opacity" : undefined} aria-busy={list.isFetching}>
            <ContentTable slug={slug} items={items} />
            <div className="flex items-center justify-between border-t border-zinc-100 px-5 py-3 text-[13px] text-zinc-500 sm:px-6">
              <span aria-live="polite">
                Showing {items.length} {items.length === 1 ? "item" : "items"}
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
