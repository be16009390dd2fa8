"use client";

import { useQuery } from "@tanstack/react-query";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { useTRPC } from "@/lib/trpc/client";
import type { JobFilterValues } from "./jobs-query";
import { statusLook } from "./status";
import type { JobStatus } from "./types";

const jobStatuses: JobStatus[] = ["scheduled", "publishing", "retrying", "published", "failed", "cancelled"];

export function JobsFilters({ slug, values, onChange }: { slug: string; values: JobFilterValues; onChange: (next: JobFilterValues) => void }) {
  const trpc = useTRPC();
  const channels = useQuery(trpc.channel.list.queryOptions({ workspaceSlug: slug }));
  return (
    <div className="grid gap-3 border-b border-zinc-100 px-5 py-4 sm:grid-cols-[12rem_16rem] sm:px-6">
      <FormField label="Status">
        <Select size="sm" value={values.status} onChange={(e) => onChange({ ...values, status: e.target.value as JobFilterValues["status"] })}>
          <option value="">All statuses</option>
          {jobStatuses.map((s) => (
            <option key={s} value={s}>
              {statusLook[s].label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="Channel">
        <Select size="sm" value={values.channelId} onChange={(e) => onChange({ ...values, channelId: e.target.value })}>
          <option value="">All channels</option>
          {(channels.data ?? []).map((c) => (
            <option key={c.id} value={c.id}>
              {c.name}
            </option>
          ))}
        </Select>
      </FormField>
    </div>
  );
}
