"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { kindLabels } from "@/components/content/content-labels";
import { contentKinds } from "@/lib/ai/brief";
import { platformIds, platformRules } from "@/lib/ai/platforms/platform-rules";
import { ageLabels, nameOf } from "./review-labels";
import { isFiltered, noQueueFilters, type QueueFilterValues } from "./queue-query";
import type { Person } from "./types";

export function QueueFilters({ values, onChange, members }: { values: QueueFilterValues; onChange: (next: QueueFilterValues) => void; members: Person[] }) {
  const set = <K extends keyof QueueFilterValues>(key: K, value: QueueFilterValues[K]) => onChange({ ...values, [key]: value });
  return (
    <div role="search" aria-label="Filter the review queue" className="grid gap-3 border-b border-zinc-100 p-5 sm:grid-cols-2 sm:px-6 lg:grid-cols-[1fr_1fr_1fr_1fr_auto] lg:items-end">
      <FormField label="Kind">
        <Select value={values.kind} onChange={(e) => set("kind", e.target.value as QueueFilterValues["kind"])}>
          <option value="">Every kind</option>
          {contentKinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k].label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="Platform">
        <Select value={values.platform} onChange={(e) => set("platform", e.target.value as QueueFilterValues["platform"])}>
          <option value="">Every platform</option>
          {platformIds.map((p) => (
            <option key={p} value={p}>
              {platformRules[p].label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="Author">
        <Select value={values.authorId} onChange={(e) => set("authorId", e.target.value)}>
          <option value="">Anyone</option>
          {members.map((m) => (
            <option key={m.id} value={m.id}>
              {nameOf(m)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="Waiting">
        <Select value={values.age} onChange={(e) => set("age", e.target.value as QueueFilterValues["age"])}>
          <option value="">Any time</option>
          {(Object.keys(ageLabels) as (keyof typeof ageLabels)[]).map((a) => (
            <option key={a} value={a}>
              {ageLabels[a]}
            </option>
          ))}
        </Select>
      </FormField>
      <Button variant="ghost" className="h-10 justify-self-start" disabled={!isFiltered(values)} onClick={() => onChange({ ...noQueueFilters, status: values.status })}>
        <X aria-hidden /> Clear
      </Button>
    </div>
  );
}
