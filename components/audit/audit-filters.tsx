"use client";

import { X } from "lucide-react";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { actionLabel } from "@/lib/audit-labels";
import { emptyAuditFilters, type AuditFilterValues } from "./audit-query";

export function AuditFilters({
  values,
  onChange,
  actions,
  actors,
}: {
  values: AuditFilterValues;
  onChange: (values: AuditFilterValues) => void;
  actions: string[];
  actors: { id: string; name: string | null; email: string }[];
}) {
  const set = (patch: Partial<AuditFilterValues>) => onChange({ ...values, ...patch });
  const active = Object.values(values).some(Boolean);
  const rangeError = values.from && values.to && values.from > values.to ? "Pick an end date after the start date." : null;

  return (
    <div
      role="search"
      aria-label="Filter events"
      className="grid gap-3 border-b border-zinc-100 p-5 sm:grid-cols-2 sm:px-6 lg:grid-cols-[1fr_1fr_160px_160px_auto] lg:items-end"
    >
      <FormField label="Action">
        <Select value={values.action} onChange={(e) => set({ action: e.target.value })}>
          <option value="">All actions</option>
          {actions.map((a) => (
            <option key={a} value={a}>
              {actionLabel(a)}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="Person">
        <Select value={values.actorId} onChange={(e) => set({ actorId: e.target.value })}>
          <option value="">Everyone</option>
          {actors.map((a) => (
            <option key={a.id} value={a.id}>
              {a.name ? `${a.name} (${a.email})` : a.email}
            </option>
          ))}
        </Select>
      </FormField>
      <FormField label="From">
        <Input type="date" value={values.from} max={values.to || undefined} onChange={(e) => set({ from: e.target.value })} />
      </FormField>
      <FormField label="To" error={rangeError}>
        <Input type="date" value={values.to} min={values.from || undefined} onChange={(e) => set({ to: e.target.value })} />
      </FormField>
      <Button variant="ghost" className="h-10" disabled={!active} onClick={() => onChange(emptyAuditFilters)}>
        <X aria-hidden /> Clear
      </Button>
    </div>
  );
}
