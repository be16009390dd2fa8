"use client";

import { CalendarClock, Check, ListPlus, Send } from "lucide-react";
import { useParams } from "next/navigation";
import { useState, type ReactNode } from "react";
import { PublishChoice, usePublishChoice } from "@/components/publish/publish-choice";
import { whenProblem } from "@/components/publish/when";
import { useWorkspaceSlug } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { PlannedPublishing, usePlannedChannels, type PlannedSchedule } from "./planned-publishing";

export interface ApproveValues {
  comment?: string;
  scheduledFor?: string;
  timezone?: string;
  /** Final step: the channels to publish to (the server defaults to the suggested ones). */
  channelIds?: string[];
  /** Final step: each channel's next queue slot instead of a time. */
  queue?: boolean;
}

/**
 * Approve the version on screen with an optional comment. On the final step also where (channel
 * checkboxes) and when (now, at a time in a chosen zone, or the next queue slot) — for members who
 * can publish; everyone else sees the planned schedule read-only and approves it as it is.
 */
export function ApproveDialog({
  trigger,
  versionNumber,
  finalStep,
  stepLabel,
  extra,
  contentItemId: itemProp,
  mayChooseSchedule,
  planned,
  onApprove,
}: {
  trigger: ReactNode;
  versionNumber: number;
  /** Only the last approval step schedules; earlier steps pass the item on. */
  finalStep: boolean;
  stepLabel: string;
  extra?: ReactNode;
  /** The item (defaults to the [id] of the review page's URL). */
  contentItemId?: string;
  /** content.publish: pick channels and a time; without it the approval carries `planned`. */
  mayChooseSchedule: boolean;
  /** The time chosen at an earlier step (null: right away). */
  planned: PlannedSchedule;
  onApprove: (values: ApproveValues) => Promise<unknown>;
}) {
  const slug = useWorkspaceSlug();
  const params = useParams<{ id?: string }>();
  const contentItemId = itemProp ?? params.id ?? "";
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const choice = usePublishChoice();
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const chooses = finalStep && mayChooseSchedule;
  const plannedChannels = usePlannedChannels(slug, contentItemId, open && finalStep && !mayChooseSchedule).channels;
  const when = chooses ? choice.when : { ...choice.when, mode: planned ? ("at" as const) : ("now" as const) };
  const channelIds = chooses ? choice.channelIds : plannedChannels.map((c) => c.id);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const problem = chooses ? whenProblem(when, channelIds?.length ?? null) : null;
    if (problem) return setErrors({ message: null, fields: { [problem.field]: problem.message } });
    setPending(true);
    setErrors(noFormErrors);
    try {
      await onApprove({
        comment: comment.trim() || undefined,
        ...(chooses && channelIds ? { channelIds } : {}),
        ...(chooses && when.mode === "at" ? { scheduledFor: when.local, timezone: when.zone } : {}),
        ...(chooses && when.mode === "queue" ? { queue: true } : {}),
      });
      setOpen(false);
      setComment("");
      choice.reset();
    } catch (error) {
      setErrors(formErrorsFrom(error, ["scheduledFor", "timezone", "comment", "channelIds"]));
    } finally {
      setPending(false);
    }
  }

  const label = !finalStep
    ? "Approve"
    : when.mode === "at"
      ? "Approve and schedule"
      : when.mode === "queue"
        ? "Approve and add to queue"
        : channelIds?.length
          ? "Approve and publish"
          : "Approve";
  const Icon = !finalStep ? Check : when.mode === "at" ? CalendarClock : when.mode === "queue" ? ListPlus : channelIds?.length ? Send : Check;

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setErrors(noFormErrors);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="lg">
        <DialogHeader title={`Approve version ${versionNumber}`} description={stepLabel} />
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormField label="Comment" optional>
            <Textarea rows={3} value={comment} onChange={(e) => setComment(e.target.value)} maxLength={5000} placeholder="What works well, anything to watch" />
          </FormField>
          {finalStep && contentItemId && !mayChooseSchedule ? (
            <PlannedPublishing slug={slug} contentItemId={contentItemId} planned={planned} />
          ) : finalStep && contentItemId ? (
            <PublishChoice
              slug={slug}
              contentItemId={contentItemId}
              choice={choice}
              errors={{ channels: errors.fields.channels ?? errors.fields.channelIds, scheduledFor: errors.fields.scheduledFor ?? errors.fields.timezone }}
            />
          ) : (
            <p className="text-sm text-zinc-600">The next approval step decides where and when it is published.</p>
          )}
          {extra}
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" loading={pending}>
              <Icon aria-hidden />
              {label}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
