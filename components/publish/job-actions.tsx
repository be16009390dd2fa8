"use client";

import { Ban, ExternalLink, RotateCcw } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import { usePublishMutations } from "./use-publish-mutations";

/** Retry (failed), Cancel (scheduled, retrying, failed) and the permalink (published) of one job. */
export function JobActions({ slug, job, canPublish }: { slug: string; job: { id: string; status: string; permalink: string | null; title: string; channel: { name: string } }; canPublish: boolean }) {
  const { retry, cancel } = usePublishMutations();
  const where = `${job.title} on ${job.channel.name}`;
  return (
    <div className="flex flex-wrap items-center justify-end gap-1.5">
      {job.status === "published" && job.permalink && (
        <Button variant="ghost" size="sm" asChild>
          <a href={job.permalink} target="_blank" rel="noreferrer">
            <ExternalLink aria-hidden /> View post<span className="sr-only">: {where} (opens in a new tab)</span>
          </a>
        </Button>
      )}
      {canPublish && job.status === "failed" && (
        <Button
          variant="secondary"
          size="sm"
          loading={retry.isPending}
          aria-label={`Retry ${where}`}
          onClick={() =>
            retry.mutate(
              { workspaceSlug: slug, jobId: job.id },
              { onSuccess: () => toast.success("Retrying", `${where} is queued again.`), onError: (e) => toast.error("Couldn't retry", errorMessage(e)) },
            )
          }
        >
          <RotateCcw aria-hidden /> Retry
        </Button>
      )}
      {canPublish && (job.status === "scheduled" || job.status === "retrying" || job.status === "failed") && (
        <ConfirmDialog
          title="Cancel this post?"
          description={`${where} will not be published. You can schedule the item again later.`}
          confirmLabel="Cancel post"
          icon={<Ban />}
          onConfirm={async () => {
            await cancel.mutateAsync({ workspaceSlug: slug, jobId: job.id });
            toast.success("Post cancelled", where);
          }}
          trigger={
            <Button variant="danger-ghost" size="sm" aria-label={`Cancel ${where}`}>
              <Ban aria-hidden /> Cancel
            </Button>
          }
        />
      )}
    </div>
  );
}
