"use client";

import { useQuery } from "@tanstack/react-query";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { TimelineEntry } from "./timeline-entry";

/**
 * Everything that happened to a content item, oldest first: generation stages (model, duration,
 * cost, outcome), review decisions, deliveries and metric snapshots. A failed stage shows its
 * cause and, when the run can resume, a "Retry from <stage>" button.
 */
export function RunTimeline({ contentItemId }: { contentItemId: string }) {
  const trpc = useTRPC();
  const { slug, can } = useWorkspace();
  const query = useQuery({
    ...trpc.timeline.forItem.queryOptions({ workspaceSlug: slug, contentItemId }), refetchInterval: (q) => (q.state.data?.some((e) => e.outcome === "running") ? 3_000 : 30_000),
  });
  const entries = query.data ?? [];

  return (
    <Card role="region" aria-labelledby="timeline-title">
      <CardHeader
        title={<span id="timeline-title">Timeline</span>}
        description="Every stage, review decision, delivery and metrics snapshot of this item, oldest first."
      />
      <CardBody className="pt-4">
        {query.isPending ? (
          <div className="space-y-3">
            <Skeleton className="h-6 w-2/3" />
            <Skeleton className="h-6 w-1/2" />
          </div>
        ) : query.error ? (
          <p role="alert" className="text-sm text-red-700">
            Could not load the timeline: {query.error.message}
          </p>
        ) : entries.length === 0 ? (
          <p className="text-sm text-zinc-500">Nothing has happened yet. Stages appear here as generation runs.</p>
        ) : (
          <ol aria-label="Events, oldest first">
            {entries.map((entry, i) => (
              <TimelineEntry key={`${entry.kind}-${new Date(entry.at).getTime()}-${i}`} entry={entry} contentItemId={contentItemId} canRetry={can("content.create")} last={i === entries.length - 1} />
            ))}
          </ol>
        )}
      </CardBody>
    </Card>
  );
}
