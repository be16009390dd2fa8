"use client";

import { useMemo } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { browserTimeZone, timeZones } from "@/lib/time-zone";

/** "Schedule for later": a checkbox, then a local date-time and the zone it is read in (the browser's by default). */
export function ScheduleFields({
  enabled,
  onEnabled,
  local,
  onLocal,
  zone,
  onZone,
  error,
}: {
  enabled: boolean;
  onEnabled: (on: boolean) => void;
  local: string;
  onLocal: (value: string) => void;
  zone: string;
  onZone: (value: string) => void;
  error?: string;
}) {
  const zones = useMemo(() => timeZones(browserTimeZone()), []);
  return (
    <fieldset className="space-y-3 rounded-xl border border-zinc-200 p-4">
      <legend className="px-1 text-sm font-medium text-zinc-900">Publishing time</legend>
      <label className="flex items-center gap-2 text-sm text-zinc-700">
        <input type="checkbox" checked={enabled} onChange={(e) => onEnabled(e.target.checked)} className="size-4 accent-brand-600" />
        Schedule for a later time
      </label>
      {enabled ? (
        <div className="grid gap-3 sm:grid-cols-2">
          <FormField label="Date and time" error={error}>
            <Input type="datetime-local" value={local} onChange={(e) => onLocal(e.target.value)} required />
          </FormField>
          <FormField label="Time zone">
            <Select value={zone} onChange={(e) => onZone(e.target.value)}>
              {zones.map((z) => (
                <option key={z} value={z}>
                  {z.replaceAll("_", " ")}
                </option>
              ))}
            </Select>
          </FormField>
        </div>
      ) : (
        <p className="text-[13px] text-zinc-500">Without a time it is approved and ready to publish right away.</p>
      )}
    </fieldset>
  );
}
