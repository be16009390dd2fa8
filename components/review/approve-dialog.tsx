"use client";

import { CalendarClock, Check } from "lucide-react";
import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { ScheduleFields } from "./schedule-fields";
import { browserTimeZone, formatInZone, zonedToInstant } from "./zoned-time";

export interface ApproveValues {
  comment?: string;
  scheduledFor?: string;
  timezone?: string;
}

/** Approve the version on screen, optionally with a comment and a publishing time in a chosen zone. */
export function ApproveDialog({
  trigger,
  versionNumber,
  finalStep,
  stepLabel,
  extra,
  onApprove,
}: {
  trigger: ReactNode;
  versionNumber: number;
  /** Only the last approval step schedules; earlier steps pass the item on. */
  finalStep: boolean;
  stepLabel: string;
  extra?: ReactNode;
  onApprove: (values: ApproveValues) => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [comment, setComment] = useState("");
  const [schedule, setSchedule] = useState(false);
  const [local, setLocal] = useState("");
  const [zone, setZone] = useState(browserTimeZone);
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const instant = schedule && local ? zonedToInstant(local, zone) : null;

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (schedule) {
      if (!local) return setErrors({ message: null, fields: { scheduledFor: "Pick a date and time, or turn the schedule off" } });
      if (!instant || instant.getTime() <= Date.now()) return setErrors({ message: null, fields: { scheduledFor: "Pick a time in the future" } });
    }
    setPending(true);
    setErrors(noFormErrors);
    try {
      await onApprove({ comment: comment.trim() || undefined, ...(schedule ? { scheduledFor: local, timezone: zone } : {}) });
      setOpen(false);
      setComment("");
      setSchedule(false);
      setLocal("");
    } catch (error) {
      setErrors(formErrorsFrom(error, ["scheduledFor", "timezone", "comment"]));
    } finally {
      setPending(false);
    }
  }

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
          {finalStep ? (
            <ScheduleFields
              enabled={schedule}
              onEnabled={setSchedule}
              local={local}
              onLocal={setLocal}
              zone={zone}
              onZone={setZone}
              error={errors.fields.scheduledFor ?? errors.fields.timezone}
            />
          ) : (
            <p className="text-sm text-zinc-600">The next approval step decides when it is published.</p>
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
              {schedule ? <CalendarClock aria-hidden /> : <Check aria-hidden />}
              {schedule && instant ? `Approve and schedule` : "Approve"}
            </Button>
          </DialogFooter>
          {schedule && instant && instant.getTime() > Date.now() && (
            <p className="text-right text-xs text-zinc-500" aria-live="polite">
              Publishes {formatInZone(instant, zone)}
            </p>
          )}
        </form>
      </DialogContent>
    </Dialog>
  );
}
