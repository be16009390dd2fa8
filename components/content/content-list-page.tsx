"use client";

import { keepPreviousData, useInfiniteQuery } from "@tanstack/react-query";
import { Plus, Sparkles } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, NoFilterMatches } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagedList } from "@/components/ui/paged-list";
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
        <PagedList
          list={list}
          count={items.length}
          noun="item"
          errorTitle="Couldn't load content"
          empty={
            filtered ? (
              <NoFilterMatches onClear={() => setFilters(noContentFilters)} />
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
          }
        >
          <ContentTable slug={slug} items={items} />
        </PagedList>
      </Card>
    </>
  );
}
