"use client";

import { Send } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { pluralize } from "@/lib/format";
import { PublishChoice, usePublishChoice } from "./publish-choice";
import { usePublishMutations } from "./use-publish-mutations";
import { scheduleWhen, whenProblem } from "./when";

/** "Publish": pick channels and a time for an approved item (publish.schedule). */
export function PublishDialog({ slug, contentItemId, versionNumber, label = "Publish" }: { slug: string; contentItemId: string; versionNumber: number; label?: string }) {
  const [open, setOpen] = useState(false);
  const choice = usePublishChoice();
  const { schedule } = usePublishMutations();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const channelIds = choice.channelIds ?? [];
    const problem = whenProblem(choice.when, channelIds.length) ?? (channelIds.length === 0 ? { field: "channels", message: "Pick at least one channel" } : null);
    if (problem) return setErrors({ message: null, fields: { [problem.field]: problem.message } });
    setErrors(noFormErrors);
    try {
      const jobs = await schedule.mutateAsync({ workspaceSlug: slug, contentItemId, versionNumber, channelIds, when: scheduleWhen(choice.when) });
      toast.success(choice.when.mode === "now" ? "Publishing" : "Scheduled", `${pluralize(jobs.length, "post")} on the way.`);
      setOpen(false);
      choice.reset();
    } catch (error) {
      setErrors(formErrorsFrom(error, ["scheduledFor", "timezone", "channelIds"]));
    }
  }

  return (
    <Dialog open={open} onOpenChange={(next) => (setOpen(next), setErrors(noFormErrors))}>
      <DialogTrigger asChild>
        <Button size="sm">
          <Send aria-hidden /> {label}
        </Button>
      </DialogTrigger>
      <DialogContent size="lg">
        <DialogHeader title="Publish" description={`Version ${versionNumber} was approved. Choose where and when it goes out.`} />
        <form onSubmit={submit} noValidate className="space-y-4">
          <PublishChoice
            slug={slug}
            contentItemId={contentItemId}
            choice={choice}
            errors={{ channels: errors.fields.channels ?? errors.fields.channelIds, scheduledFor: errors.fields.scheduledFor ?? errors.fields.timezone }}
          />
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" loading={schedule.isPending}>
              <Send aria-hidden />
              {choice.when.mode === "now" ? "Publish now" : choice.when.mode === "queue" ? "Add to queue" : "Schedule"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
