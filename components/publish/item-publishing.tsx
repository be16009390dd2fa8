"use client";

import { useQuery, useQueryClient } from "@tanstack/react-query";
import { Send } from "lucide-react";
import { useEffect, useRef } from "react";
import { ChannelName } from "@/components/channels/channel-mark";
import { LocalTime } from "@/components/brand/local-time";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/form-errors";
import { pluralize } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { JobActions } from "./job-actions";
import { RiskNote } from "./risk-note";
import { PublishDialog } from "./publish-dialog";
import { isActive } from "./status";
import { JobStatusBadge } from "./status-badge";
import type { PublishJob } from "./types";

/** Statuses of an item that may be (re)published from its page. */
const publishable = new Set(["approved", "scheduled", "failed", "partially_published", "published"]);
const soonMs = 2 * 60_000;

/** Poll every few seconds only while a job is moving or about to. */
function pollInterval(jobs: PublishJob[] | undefined): number | false {
  const now = Date.now();
  const busy = jobs?.some((j) => isActive(j.status) || (j.status === "scheduled" && new Date(j.runAt).getTime() - now < soonMs));
  return busy ? 3_000 : false;
}

/** The item page's "Publishing" section: its jobs with live status, permalinks, retry/cancel, and Publish for approved items. */
export function ItemPublishing({ contentItemId, status, versionNumber }: { contentItemId: string; status: string; versionNumber: number | null }) {
  const trpc = useTRPC();
  const { slug, can } = useWorkspace();
  const jobs = useQuery({
    ...trpc.publish.forItem.queryOptions({ workspaceSlug: slug, contentItemId }),
    refetchInterval: (q) => pollInterval(q.state.data),
  });
  useItemStatusFollowsJobs(jobs.data);
  const canPublish = can("content.publish");
  const list = jobs.data ?? [];
  const mayPublish = canPublish && versionNumber !== null && publishable.has(status) && (list.length === 0 || status !== "scheduled");
  const publishedCount = list.filter((j) => j.status === "published").length;

  if (!jobs.isPending && list.length === 0 && !publishable.has(status)) return null;

  return (
    <Card aria-labelledby="publishing-heading">
      <CardHeader
        title={<span id="publishing-heading">Publishing</span>}
        description={list.length ? `${publishedCount} of ${pluralize(list.length, "channel")} published. Times in your time zone.` : undefined}
        actions={mayPublish && versionNumber !== null && <PublishDialog slug={slug} contentItemId={contentItemId} versionNumber={versionNumber} label={list.length ? "Publish to more channels" : "Publish"} />}
      />
      {jobs.isPending ? (
        <CardBody>
          <Skeleton className="h-10 w-full" />
        </CardBody>
      ) : jobs.isError ? (
        <CardBody>
          <Alert tone="danger" title="Couldn't load the publishing status">
            {errorMessage(jobs.error)}
          </Alert>
        </CardBody>
      ) : list.length === 0 ? (
        <EmptyState
          icon={<Send />}
          title="Not published yet"
          description={canPublish ? "This version is approved. Publish it now, at a time, or add it to each channel's queue." : "Someone who can publish picks the channels and the time."}
        />
      ) : (
        <ul className="divide-y divide-zinc-100 border-t border-zinc-100" aria-live="polite">
          {list.map((job) => (
            <li key={job.id} className="flex flex-wrap items-center gap-x-4 gap-y-2 px-5 py-3 sm:px-6">
              <ChannelName channel={job.channel} className="w-48 text-sm font-medium text-zinc-900" />
              <JobStatusBadge status={job.status} />
              <span className="text-[13px] text-zinc-500">
                {job.status === "published" && job.publishedAt ? "published " : job.status === "scheduled" ? "runs " : ""}
                <LocalTime date={job.publishedAt ?? job.runAt} />
                {job.attempts > 1 && ` · ${job.attempts} attempts`}
              </span>
              {job.lastError && job.status !== "published" && <span className="basis-full text-[13px] text-red-700">{job.lastError.message}</span>}
              {job.risk && <RiskNote risk={job.risk} slug={slug} contentItemId={job.contentItemId} className="basis-full" />}
              <div className="ml-auto">
                <JobActions slug={slug} job={job} canPublish={canPublish} />
              </div>
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The item's own status follows its jobs: when a job changes state, reload the item (its badge). */
function useItemStatusFollowsJobs(jobs: PublishJob[] | undefined) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const signature = jobs?.map((j) => `${j.id}:${j.status}`).join(",");
  const last = useRef(signature);
  useEffect(() => {
    if (signature === undefined || signature === last.current) return;
    last.current = signature;
    // Also on the first load: the page's item may have been read before its jobs moved on.
    void queryClient.invalidateQueries({ queryKey: trpc.content.get.pathKey() });
  }, [signature, queryClient, trpc]);
}
