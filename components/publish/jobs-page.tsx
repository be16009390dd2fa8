"use client";

import { keepPreviousData, useInfiniteQuery, useQuery } from "@tanstack/react-query";
import { CalendarDays, Send } from "lucide-react";
import Link from "next/link";
import { useState } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { EmptyState, NoFilterMatches } from "@/components/ui/empty-state";
import { PageHeader } from "@/components/ui/page-header";
import { PagedList } from "@/components/ui/paged-list";
import { pluralize } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { JobsFilters } from "./jobs-filters";
import { countsInput, jobsInput, noJobFilters, type JobFilterValues } from "./jobs-query";
import { JobsTable } from "./jobs-table";
import { isActive } from "./status";

/** /<ws>/publishing: every delivery, filterable by status and channel, with retry and cancel. */
export function JobsPage() {
  const trpc = useTRPC();
  const { slug, can } = useWorkspace();
  const [filters, setFilters] = useState<JobFilterValues>(noJobFilters);
  const list = useInfiniteQuery({
    ...trpc.publish.jobs.infiniteQueryOptions(jobsInput(slug, filters), { getNextPageParam: (page) => page.nextCursor }),
    placeholderData: keepPreviousData,
    refetchInterval: (q) => (q.state.data?.pages.some((p) => p.items.some((j) => isActive(j.status))) ? 5_000 : false),
  });
  const counts = useQuery(trpc.publish.jobs.queryOptions(countsInput(slug))).data?.counts;
  const jobs = list.data?.pages.flatMap((p) => p.items) ?? [];
  const failedCount = list.data?.pages[0]?.counts.failed ?? counts?.failed ?? 0;
  const filtered = Boolean(filters.status || filters.channelId);

  return (
    <>
      <PageHeader
        title="Publishing"
        description="Every post on its way to a channel: when it runs, how it went, and why it stopped if it failed."
        actions={
          <Button variant="secondary" asChild>
            <Link href={`/${slug}/calendar`}>
              <CalendarDays aria-hidden /> Calendar
            </Link>
          </Button>
        }
      />
      {failedCount > 0 && filters.status !== "failed" && (
        <Alert
          tone="danger"
          role="status"
          className="mb-4"
          title={`${pluralize(failedCount, "post")} failed`}
          action={
            <Button variant="secondary" size="sm" onClick={() => setFilters({ ...filters, status: "failed" })}>
              Show failed
            </Button>
          }
        >
          They stopped with a reason below. Fix the cause (reconnect the channel, shorten the text), then retry.
        </Alert>
      )}
      <Card>
        <JobsFilters slug={slug} values={filters} onChange={setFilters} />
        <PagedList
          list={list}
          count={jobs.length}
          noun="post"
          errorTitle="Couldn't load the posts"
          empty={
            filtered ? (
              <NoFilterMatches onClear={() => setFilters(noJobFilters)} />
            ) : (
              <EmptyState
                className="py-16"
                icon={<Send />}
                title="Nothing published yet"
                description="When content is approved on its last step, a post is created for each chosen channel and listed here."
                action={
                  <Button variant="secondary" asChild>
                    <Link href={`/${slug}/review`}>Go to review</Link>
                  </Button>
                }
              />
            )
          }
        >
          <JobsTable slug={slug} jobs={jobs} canPublish={can("content.publish")} />
        </PagedList>
      </Card>
      <p className="mt-3 text-[13px] text-zinc-500">Times are shown in your time zone.</p>
    </>
  );
}
