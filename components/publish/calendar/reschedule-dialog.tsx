"use client";

import { CalendarClock } from "lucide-react";
import { useMemo, useState } from "react";
import { browserTimeZone, formatInZone, instantToZoned, timeZones, zonedToInstant } from "@/lib/time-zone";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import type { CalendarEntry } from "../types";

/** The keyboard way to move a scheduled post: a date-time and a zone. */
export function RescheduleDialog({
  entry,
  onClose,
  onSubmit,
}: {
  entry: CalendarEntry;
  onClose: () => void;
  onSubmit: (runAt: string, timezone: string) => void;
}) {
  const zones = useMemo(() => timeZones(browserTimeZone()), []);
  const [zone, setZone] = useState(browserTimeZone);
  const [local, setLocal] = useState(() => instantToZoned(new Date(entry.runAt), browserTimeZone()));
  const [error, setError] = useState<string | null>(null);
  const instant = local ? zonedToInstant(local, zone) : null;

  function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!instant) return setError("Pick a date and time");
    if (instant.getTime() <= Date.now()) return setError("Pick a time in the future");
    onSubmit(local, zone);
    onClose();
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader icon={<CalendarClock />} title="Reschedule" description={`${entry.title}${entry.channel ? ` on ${entry.channel.name}` : ""}`} />
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormField label="New date and time" error={error}>
            <Input type="datetime-local" value={local} onChange={(e) => (setLocal(e.target.value), setError(null))} required />
          </FormField>
          <FormField label="Time zone">
            <Select value={zone} onChange={(e) => setZone(e.target.value)}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          </FormField>
          {instant && instant.getTime() > Date.now() && (
            <p className="text-xs text-zinc-500" aria-live="polite">
              Publishes {formatInZone(instant, zone)}
            </p>
          )}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit">Reschedule</Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
