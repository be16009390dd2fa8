"use client";

import { useQuery, useSuspenseQuery } from "@tanstack/react-query";
import { ArrowLeft, GitCompare, Pencil } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState } from "react";
import { kindLabels, platformLabel } from "@/components/content/content-labels";
import { StatusBadge } from "@/components/content/status-badge";
import { TargetPreviews } from "@/components/previews/target-previews";
import { authorOf } from "@/components/previews/types";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Button } from "@/components/ui/button";
import { PageHeader } from "@/components/ui/page-header";
import { toast } from "@/components/ui/toast";
import { useTRPC } from "@/lib/trpc/client";
import { ApprovalHistory } from "./approval-history";
import { CommentsPanel } from "./comments-panel";
import { DecisionBar, type DecisionHandlers } from "./decision-bar";
import { ReviewLinksCard } from "./review-links-card";
import { SeoChecks } from "./seo-checks";
import { StepProgress } from "./step-progress";
import { useReviewMutations } from "./use-review-mutations";
import { VersionDiff } from "./version-diff";
import { VersionEditor } from "./version-editor";
import { VersionHistory } from "./version-history";
import { formatInZone } from "@/lib/time-zone";

export function ReviewItemPage({ contentItemId }: { contentItemId: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const { slug, workspace, can } = useWorkspace();
  const me = useQuery(trpc.auth.me.queryOptions());
  const { data } = useSuspenseQuery(trpc.review.item.queryOptions({ workspaceSlug: slug, contentItemId }));
  const { item, currentVersion, versions, approvals, policy, nextStep, permissions } = data;
  const m = useReviewMutations(slug, contentItemId);
  const [editing, setEditing] = useState(false);
  const latest = currentVersion?.number ?? 0;
  const [compare, setCompare] = useState<{ from: number; to: number } | null>(null);
  const base = { workspaceSlug: slug, contentItemId };
  const lastFeedback = [...approvals].reverse().find((a) => a.decision !== "approved" && a.comment)?.comment ?? "";
  // Compare with the last version someone decided on (what the reviewer saw), else the one before.
  const reviewed = Math.max(0, ...approvals.filter((a) => a.versionNumber < latest).map((a) => a.versionNumber));
  const defaultFrom = reviewed || versions[versions.length - 2]?.number || latest;
  const scheduled = approvals.find((a) => !a.voided && a.versionNumber === latest && a.scheduledFor);

  const handlers: DecisionHandlers = {
    approve: async (values) => {
      const r = await m.approve.mutateAsync({ ...base, versionNumber: latest, ...values });
      toast.success(r.status === "scheduled" ? "Approved and scheduled" : r.final ? "Approved" : `Step ${r.step} approved`);
    },
    requestChanges: async (comment, score) => {
      await m.requestChanges.mutateAsync({ ...base, versionNumber: latest, comment, score });
      toast.success("Changes requested", "The author is notified.");
    },
    reject: async (comment, score) => {
      await m.reject.mutateAsync({ ...base, versionNumber: latest, comment, score });
      toast.success("Rejected", "The item is back in draft.");
    },
    regenerate: async (feedback) => {
      await m.regenerate.mutateAsync({ ...base, feedback });
      toast.success("Regenerating", "Follow the new run on the content page.");
      router.push(`/${slug}/content/${contentItemId}`);
    },
  };

  const meta = [kindLabels[item.kind].label, item.request.platforms.map(platformLabel).join(", ") || null, `version ${latest}`].filter(Boolean);
  return (
    <>
      <Link href={`/${slug}/review`} className="mb-4 inline-flex items-center gap-1.5 text-sm text-zinc-500 hover:text-zinc-800">
        <ArrowLeft aria-hidden className="size-4" /> Review queue
      </Link>
      <PageHeader
        eyebrow={<StatusBadge status={item.status} />}
        title={item.title}
        description={meta.join(" · ")}
        actions={
          <div className="flex gap-2">
            <Button variant="secondary" asChild>
              <Link href={`/${slug}/content/${item.id}`}>Generation details</Link>
            </Button>
            {permissions.edit && currentVersion && !editing && (
              <Button variant="secondary" onClick={() => setEditing(true)}>
                <Pencil aria-hidden /> Edit
              </Button>
            )}
          </div>
        }
      />
      <div className="space-y-6">
        {currentVersion && policy.steps.length > 0 && (
          <StepProgress steps={policy.steps} approvals={approvals} versionNumber={latest} next={nextStep} />
        )}
        {scheduled?.scheduledFor && item.status === "scheduled" && (
          <p role="status" className="rounded-xl border border-emerald-200 bg-emerald-50 px-4 py-3 text-sm text-emerald-900" suppressHydrationWarning>
            Scheduled — publishes {formatInZone(scheduled.scheduledFor, scheduled.timezone ?? "UTC")}.
          </p>
        )}
        {currentVersion && (
          <DecisionBar
            versionNumber={latest}
            status={item.status}
            next={nextStep}
            mayDecide={can("content.approve")}
            mayApprove={permissions.approve}
            blocked={permissions.approveBlockedReason}
            mayChooseSchedule={permissions.chooseSchedule}
            planned={data.plannedSchedule}
            lastFeedback={lastFeedback}
            handlers={handlers}
          />
        )}
        {editing && currentVersion ? (
          <VersionEditor
            kind={item.kind}
            version={currentVersion}
            onCancel={() => setEditing(false)}
            onSave={async (values) => {
              const r = await m.edit.mutateAsync({ ...base, baseVersion: latest, ...values });
              toast.success(`Saved as version ${r.version}`, "It is back in review.");
              setEditing(false);
            }}
          />
        ) : currentVersion ? (
          <section aria-labelledby="previews-title" className="space-y-3">
            <h2 id="previews-title" className="text-[15px] font-semibold text-zinc-950">
              Previews <span className="font-normal text-zinc-500">· version {latest}</span>
            </h2>
            <TargetPreviews kind={item.kind} version={currentVersion} author={authorOf(workspace)} slug={slug} />
          </section>
        ) : (
          <p className="text-sm text-zinc-500">No version has been written yet.</p>
        )}
        <SeoChecks kind={item.kind} version={currentVersion} />
        <div className="grid items-start gap-6 lg:grid-cols-[minmax(0,1fr)_minmax(0,1fr)]">
          <VersionHistory versions={versions} current={latest} onCompare={(from, to) => setCompare({ from, to })} />
          <ApprovalHistory approvals={approvals} steps={policy.steps} />
        </div>
        {versions.length > 1 ? (
          <VersionDiff
            kind={item.kind}
            versions={versions}
            from={compare?.from ?? defaultFrom}
            to={compare?.to ?? latest}
            onChange={(from, to) => setCompare({ from, to })}
          />
        ) : (
          <p className="flex items-center gap-2 text-sm text-zinc-500">
            <GitCompare aria-hidden className="size-4" /> Only one version so far; a comparison appears once there are two.
          </p>
        )}
        <CommentsPanel slug={slug} contentItemId={item.id} meId={me.data?.id ?? null} canResolveAny={can("content.approve")} />
        {permissions.createReviewLink && <ReviewLinksCard slug={slug} contentItemId={item.id} />}
      </div>
    </>
  );
}
