"use client";

import { useMemo } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Select } from "@/components/ui/select";
import { pluralize } from "@/lib/format";
import { DiffSide } from "./diff-side";
import { diffVersions } from "./diff-fields";
import { sourceLabel } from "./review-labels";
import type { ReviewVersion } from "./types";

/** Side-by-side, word-level comparison of two versions, field by field, with a legend and counts. */
export function VersionDiff({
  kind,
  versions,
  from,
  to,
  onChange,
}: {
  kind: string;
  versions: ReviewVersion[];
  from: number;
  to: number;
  onChange: (from: number, to: number) => void;
}) {
  const before = versions.find((v) => v.number === from);
  const after = versions.find((v) => v.number === to);
  const fields = useMemo(() => (before && after ? diffVersions(kind, before, after) : []), [kind, before, after]);
  const changed = fields.filter((f) => f.added || f.removed);
  const option = (v: ReviewVersion) => (
    <option key={v.number} value={v.number}>
      Version {v.number} · {sourceLabel(v.source)}
    </option>
  );

  return (
    <Card>
      <CardHeader title="Compare versions" description="Word by word. Removed words are struck through, added words underlined." />
      <div className="grid gap-3 border-b border-zinc-100 px-5 pb-4 sm:grid-cols-2 sm:px-6">
        <FormField label="Before">
          <Select value={from} onChange={(e) => onChange(Number(e.target.value), to)}>
            {versions.map(option)}
          </Select>
        </FormField>
        <FormField label="After">
          <Select value={to} onChange={(e) => onChange(from, Number(e.target.value))}>
            {versions.map(option)}
          </Select>
        </FormField>
      </div>
      <CardBody className="space-y-5">
        <p className="flex flex-wrap gap-x-4 gap-y-1 text-xs text-zinc-600" aria-live="polite">
          <span>
            <del className="bg-red-100 px-1 text-red-900 decoration-2">removed</del> only in version {from}
          </span>
          <span>
            <ins className="bg-emerald-100 px-1 text-emerald-900 underline decoration-2">added</ins> only in version {to}
          </span>
          <span className="font-medium text-zinc-800">
            {from === to ? "The same version is selected twice." : changed.length === 0 ? "No differences." : `${pluralize(changed.length, "field")} changed`}
          </span>
        </p>
        {fields.map((field) => (
          <section key={field.label} aria-label={`${field.label}: changes`} className="space-y-2">
            <h3 className="flex items-baseline gap-2 text-sm font-semibold text-zinc-900">
              {field.label}
              <span className="text-xs font-normal text-zinc-500">
                {field.added || field.removed ? `+${field.added} / −${field.removed} words` : "unchanged"}
              </span>
            </h3>
            <div className="grid gap-3 md:grid-cols-2">
              <div className="rounded-lg border border-zinc-200 bg-zinc-50/60 p-3">
                <p className="mb-1.5 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Version {from} (before)</p>
                <DiffSide changes={field.changes} side="before" />
              </div>
              <div className="rounded-lg border border-zinc-200 bg-white p-3">
                <p className="mb-1.5 text-[11px] font-semibold tracking-wide text-zinc-500 uppercase">Version {to} (after)</p>
                <DiffSide changes={field.changes} side="after" />
              </div>
            </div>
          </section>
        ))}
      </CardBody>
    </Card>
  );
}
