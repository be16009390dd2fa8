"use client";

import { useQueryClient, useSuspenseQuery } from "@tanstack/react-query";
import { ArrowLeft, CircleSlash } from "lucide-react";
import Link from "next/link";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { ItemPublishing } from "@/components/publish/item-publishing";
import { ReviewLinkButton } from "@/components/review/review-link-button";
import { RunTimeline } from "@/components/timeline/run-timeline";
import { PageHeader } from "@/components/ui/page-header";
import { formatDateTime } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";
import { kindLabels, platformLabel } from "./content-labels";
import { FailurePanel } from "./failure-panel";
import { ProgressPanel } from "./progress-panel";
import { RunSummary } from "./run-summary";
import { StageTable } from "./stage-table";
import { StatusBadge } from "./status-badge";
import { VersionView } from "./version-view";
import { formatNumber } from "@/lib/format";

export function ContentItemPage({ contentItemId }: { contentItemId: string }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const { slug, can } = useWorkspace();
  const { data } = useSuspenseQuery(trpc.content.get.queryOptions({ workspaceSlug: slug, contentItemId }));
  const { item, currentVersion, runs } = data;
  const run = runs[0] ?? null;
  const active = run && (run.status === "queued" || run.status === "running");
  const failed = run && (run.status === "failed" || run.status === "timed_out");

  const refresh = () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: trpc.content.get.queryKey({ workspaceSlug: slug, contentItemId }) }),
      queryClient.invalidateQueries({ queryKey: trpc.content.list.pathKey() }),
      queryClient.invalidateQueries({ queryKey: trpc.content.run.pathKey() }),
    ]);

  const meta = [
    kindLabels[item.kind].label,
    item.request.platforms.length ? item.request.platforms.map(platformLabel).join(", ") : null,
    `${formatNumber(item.request.wordCount)} words ± ${item.request.tolerancePct} %${item.request.strict ? " (strict)" : ""}`,
    `requested ${formatDateTime(item.createdAt)}`,
  ].filter(Boolean);

  return (
    <>
      <Link href={`/${slug}/content`} className="mb-4 inline-flex items-center gap-1.5 text-sm text-zinc-500 hover:text-zinc-800">
        <ArrowLeft aria-hidden className="size-4" /> All content
      </Link>
      <PageHeader
        eyebrow={<StatusBadge status={item.status} />}
        title={item.title}
        description={<span suppressHydrationWarning>{meta.join(" · ")}</span>}
        actions={<ReviewLinkButton slug={slug} contentItemId={item.id} status={item.status} />}
      />
      <div className="space-y-6">
        <ItemPublishing contentItemId={item.id} status={item.status} versionNumber={item.currentVersion} />
        {active && <ProgressPanel key={run.id} run={run} onEnd={refresh} />}
        {failed && <FailurePanel run={run} onRetried={refresh} />}
        {run?.status === "cancelled" && (
          <Alert
            tone="warning"
            role="status"
            title="Generation was cancelled"
            action={
              can("content.create") && (
                <Link href={`/${slug}/content/new`} className="text-sm font-medium text-amber-900 underline underline-offset-2">
                  Request again
                </Link>
              )
            }
          >
            <span className="inline-flex items-center gap-1.5">
              <CircleSlash aria-hidden className="size-3.5" /> No later stage ran. What was written so far is kept in the history.
            </span>
          </Alert>
        )}
        {run && !active && run.steps.length > 0 && <RunSummary run={run} qualityScore={currentVersion?.qualityScore ?? null} />}
        {currentVersion && !active && run?.status === "succeeded" && <VersionView kind={item.kind} version={currentVersion} />}
        {run && run.steps.length > 0 && <StageTable steps={run.steps} totals={run.totals} />}
        <RunTimeline contentItemId={item.id} />
      </div>
    </>
  );
}
