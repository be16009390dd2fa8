"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useMemo } from "react";
import { browserTimeZone, formatInZone, timeZones, zonedToInstant } from "@/lib/time-zone";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { useTRPC } from "@/lib/trpc/client";
import type { WhenValue } from "./when";

const modes: { value: WhenValue["mode"]; label: string; hint: string }[] = [
  { value: "now", label: "Publish now", hint: "Goes out as soon as it is approved." },
  { value: "at", label: "Schedule for a later time", hint: "A date and time in the zone you pick." },
  { value: "queue", label: "Add to queue", hint: "The next free posting time of each channel." },
];

/** "When": now, at a time (date-time + zone), or the next queue slot of each chosen channel. */
export function WhenFields({
  slug,
  value,
  onChange,
  channels,
  error,
}: {
  slug: string;
  value: WhenValue;
  onChange: (next: WhenValue) => void;
  /** The chosen channels (for the queue preview). */
  channels: { id: string; name: string }[];
  error?: string;
}) {
  const zones = useMemo(() => timeZones(browserTimeZone()), []);
  const instant = value.mode === "at" && value.local ? zonedToInstant(value.local, value.zone) : null;
  return (
    <fieldset className="space-y-3 rounded-xl border border-zinc-200 p-4">
      <legend className="px-1 text-sm font-medium text-zinc-900">When</legend>
      <div className="grid gap-2 sm:grid-cols-3">
        {modes.map((m) => (
          <label key={m.value} className="flex cursor-pointer items-start gap-2 rounded-lg border border-zinc-200 p-2.5 text-sm has-checked:border-brand-400 has-checked:bg-brand-50/60">
            <input type="radio" name="when" value={m.value} checked={value.mode === m.value} onChange={() => onChange({ ...value, mode: m.value })} className="mt-0.5 size-4 accent-brand-600" />
            <span>
              <span className="block font-medium text-zinc-900">{m.label}</span>
              <span className="block text-[12px] leading-4 text-zinc-500">{m.hint}</span>
            </span>
          </label>
        ))}
      </div>
      {value.mode === "at" && (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label="Date and time" error={error}>
            <Input type="datetime-local" value={value.local} onChange={(e) => onChange({ ...value, local: e.target.value })} required />
          </FormField>
          <FormField label="Time zone">
            <Select value={value.zone} onChange={(e) => onChange({ ...value, zone: e.target.value })}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          </FormField>
          {instant && instant.getTime() > Date.now() && (
            <p className="text-xs text-zinc-500 sm:col-span-2" aria-live="polite">
              Publishes {formatInZone(instant, value.zone)}
            </p>
          )}
        </div>
      )}
      {value.mode === "queue" && <QueuePreview slug={slug} channels={channels} />}
    </fieldset>
  );
}

function QueuePreview({ slug, channels }: { slug: string; channels: { id: string; name: string }[] }) {
  const trpc = useTRPC();
  const ids = channels.map((c) => c.id);
  const slots = useQuery({ ...trpc.publish.nextSlots.queryOptions({ workspaceSlug: slug, channelIds: ids }), enabled: ids.length > 0 });
  if (ids.length === 0) return <p className="text-[13px] text-zinc-500">Pick a channel above to see its next queue time.</p>;
  if (slots.isPending) return <p className="text-[13px] text-zinc-500">Finding the next free times…</p>;
  if (slots.isError) return <p className="text-[13px] text-red-600">Couldn't load the queue times.</p>;
  return (
    <ul className="space-y-1 text-[13px] text-zinc-700" aria-live="polite">
      {slots.data.map((s) => (
        <li key={s.channelId}>
          <span className="font-medium">{channels.find((c) => c.id === s.channelId)?.name ?? "Channel"}:</span>{" "}
          {s.at ? (
            formatInZone(s.at, s.timezone ?? browserTimeZone())
          ) : (
            <>
              no queue times set —{" "}
              <Link href={`/${slug}/channels`} className="text-brand-700 underline underline-offset-2">
                set them on Channels
              </Link>
            </>
          )}
        </li>
      ))}
    </ul>
  );
}
