"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { contentKinds } from "@/lib/ai/brief";
import { kindLabels, statusLabels, type ContentStatus } from "./content-labels";
import { noContentFilters, type ContentFilterValues } from "./content-query";


const statusOrder: ContentStatus[] = ["generating", "in_review", "changes_requested", "approved", "scheduled", "published", "generation_failed", "cancelled"];

export function ContentFilters({ values, onChange }: { values: ContentFilterValues; onChange: (next: ContentFilterValues) => void }) {
  const active = Boolean(values.status || values.kind);
  return (
    <div role="search" aria-label="Filter content" className="grid gap-3 border-b border-zinc-100 p-5 sm:grid-cols-[220px_220px_auto] sm:items-end sm:px-6">
      <FormField label="Status">
        <Select value={values.status} onChange={(e) => onChange({ ...values, status: e.target.value as ContentFilterValues["status"] })}>
          <option value="">Any status</option>
          {statusOrder.map((s) => (
            <option key={s} value={s}>
              {statusLabels[s].label}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="Kind">
        <Select value={values.kind} onChange={(e) => onChange({ ...values, kind: e.target.value as ContentFilterValues["kind"] })}>
          <option value="">Every kind</option>
          {contentKinds.map((k) => (
            <option key={k} value={k}>
              {kindLabels[k].label}
            </option>
          ))}
        </Select>
      </FormField>
      <Button variant="ghost" className="h-10 justify-self-start" disabled={!active} onClick={() => onChange(noContentFilters)}>
        <X aria-hidden /> Clear
      </Button>
    </div>
  );
}
