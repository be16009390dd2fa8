"use client";

import { Plus, Trash2 } from "lucide-react";
import { useMemo, useState } from "react";
import { browserTimeZone, timeZones } from "@/lib/time-zone";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { toast } from "@/components/ui/toast";
import { errorMessage } from "@/lib/form-errors";
import type { Channel } from "./types";
import { useChannelActions } from "./use-channel-actions";

/** Monday first on screen; `day` is 0 = Sunday as the API stores it. */
const days = [1, 2, 3, 4, 5, 6, 0].map((day) => ({ day, short: new Intl.DateTimeFormat("en", { weekday: "short" }).format(new Date(2024, 0, 7 + day)), long: new Intl.DateTimeFormat("en", { weekday: "long" }).format(new Date(2024, 0, 7 + day)) }));
const weekdays = [1, 2, 3, 4, 5];

type Row = { time: string; days: number[] };

function rowsOf(channel: Channel): Row[] {
  const byTime = new Map<string, number[]>();
  for (const s of channel.queueSchedule?.slots ?? []) byTime.set(s.time, [...(byTime.get(s.time) ?? []), s.day]);
  return [...byTime].sort(([a], [b]) => a.localeCompare(b)).map(([time, d]) => ({ time, days: d }));
}

/** Queue times of one channel: a time zone and a weekday × time grid of checkboxes. "Add to queue" takes the next free one. */
export function QueueEditor({ slug, channel, readOnly, onClose }: { slug: string; channel: Channel; readOnly: boolean; onClose: () => void }) {
  const { setQueueSchedule } = useChannelActions();
  const zones = useMemo(() => timeZones(browserTimeZone()), []);
  const [timezone, setTimezone] = useState(channel.queueSchedule?.timezone ?? browserTimeZone());
  const [rows, setRows] = useState<Row[]>(() => rowsOf(channel));
  const [newTime, setNewTime] = useState("09:00");
  const [error, setError] = useState<string | null>(null);

  const toggle = (time: string, day: number, on: boolean) =>
    setRows((rs) => rs.map((r) => (r.time === time ? { ...r, days: on ? [...r.days, day] : r.days.filter((d) => d !== day) } : r)));
  function addTime() {
    if (!/^\d{2}:\d{2}$/.test(newTime)) return setError("Enter a time such as 09:00");
    if (rows.some((r) => r.time === newTime)) return setError(`${newTime} is already in the list`);
    setError(null);
    setRows((rs) => [...rs, { time: newTime, days: weekdays }].sort((a, b) => a.time.localeCompare(b.time)));
  }
  async function save() {
    try {
      await setQueueSchedule.mutateAsync({ workspaceSlug: slug, channelId: channel.id, timezone, slots: rows.flatMap((r) => r.days.map((day) => ({ day, time: r.time }))) });
      toast.success("Queue times saved", channel.name);
      onClose();
    } catch (e) {
      setError(errorMessage(e));
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent size="lg">
        <DialogHeader title={`Queue times for ${channel.name}`} description="“Add to queue” puts a post in the next free time below." />
        <div className="space-y-4">
          <FormField label="Time zone">
            <Select value={timezone} onChange={(e) => setTimezone(e.target.value)} disabled={readOnly}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          </FormField>
          {rows.length === 0 ? (
            <p className="rounded-xl border border-dashed border-zinc-200 px-4 py-6 text-center text-sm text-zinc-500">No queue times yet. {readOnly ? "" : "Add one below, for example 09:00 on weekdays."}</p>
          ) : (
            <table className="w-full text-sm">
              <caption className="sr-only">Posting times by weekday</caption>
              <thead>
                <tr className="text-[12px] text-zinc-500">
                  <th scope="col" className="py-1 text-left font-medium">Time</th>
                  {days.map((d) => (
                    <th key={d.day} scope="col" className="py-1 font-medium">
                      <abbr title={d.long} className="no-underline">{d.short}</abbr>
                    </th>
                  ))}
                  <th scope="col"><span className="sr-only">Remove</span></th>
                </tr>
              </thead>
              <tbody>
                {rows.map((r) => (
                  <tr key={r.time} className="border-t border-zinc-100">
                    <th scope="row" className="py-1.5 text-left font-medium text-zinc-900 tabular-nums">{r.time}</th>
                    {days.map((d) => (
                      <td key={d.day} className="text-center">
                        <input type="checkbox" aria-label={`${d.long} at ${r.time}`} checked={r.days.includes(d.day)} disabled={readOnly} onChange={(e) => toggle(r.time, d.day, e.target.checked)} className="size-4 accent-brand-600" />
                      </td>
                    ))}
                    <td className="text-right">
                      {!readOnly && (
                        <Button variant="ghost" size="icon-sm" aria-label={`Remove ${r.time}`} onClick={() => setRows((rs) => rs.filter((x) => x.time !== r.time))}>
                          <Trash2 aria-hidden />
                        </Button>
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          )}
          {!readOnly && (
            <div className="flex items-end gap-2">
              <FormField label="New time" className="w-36">
                <Input type="time" value={newTime} onChange={(e) => setNewTime(e.target.value)} onKeyDown={(e) => e.key === "Enter" && (e.preventDefault(), addTime())} />
              </FormField>
              <Button variant="secondary" onClick={addTime}>
                <Plus aria-hidden /> Add time
              </Button>
            </div>
          )}
          {error && <Alert tone="danger">{error}</Alert>}
        </div>
        <DialogFooter>
          <DialogClose asChild>
            <Button variant="secondary">{readOnly ? "Close" : "Cancel"}</Button>
          </DialogClose>
          {!readOnly && (
            <Button onClick={save} loading={setQueueSchedule.isPending}>
              Save queue times
            </Button>
          )}
        </DialogFooter>
      </DialogContent>
    </Dialog>
  );
}
