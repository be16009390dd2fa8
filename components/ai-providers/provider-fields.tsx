"use client";

import { useId } from "react";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { kindInfo } from "@/lib/ai-providers/kinds";
import type { ProviderView } from "@/server/ai-providers/provider-view";
import { presetById, presets } from "./presets";
import { applyPreset, type ProviderFormValues } from "./provider-form";

const hosted = presets.filter((p) => p.kind !== "openai-compatible");
const compatible = presets.filter((p) => p.kind === "openai-compatible");

/** The add/edit form's fields; which ones show, and what they say, depends on the kind. */
export function ProviderFields({
  values,
  onChange,
  errors,
  editing,
}: {
  values: ProviderFormValues;
  onChange: (next: ProviderFormValues) => void;
  errors: Record<string, string>;
  editing?: ProviderView;
}) {
  const modelsId = useId();
  const preset = presetById(values.presetId);
  const info = kindInfo[values.kind];
  const set = (patch: Partial<ProviderFormValues>) => onChange({ ...values, ...patch });
  const storedKey = editing?.hasKey ? (editing.keyHint ?? "••••") : null;

  return (
    <>
      <FormField label="Provider" error={errors.kind} description={preset.hint}>
        <Select name="preset" value={values.presetId} onChange={(e) => onChange(applyPreset(values, e.target.value))}>
          <optgroup label="Hosted">
            {hosted.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
          <optgroup label="OpenAI-compatible">
            {compatible.map((p) => (
              <option key={p.id} value={p.id}>
                {p.name}
              </option>
            ))}
          </optgroup>
        </Select>
      </FormField>
      <div className="grid gap-4 sm:grid-cols-2">
        <FormField label="Name" error={errors.label} description="Shown in the chain and in each run's log.">
          <Input name="label" value={values.label} onChange={(e) => set({ label: e.target.value })} placeholder="e.g. Team OpenAI" autoComplete="off" />
        </FormField>
        <FormField label="Model" error={errors.model} description={values.kind === "openai-compatible" ? "As the server names it." : "The model id from the provider's docs."}>
          <Input name="model" value={values.model} onChange={(e) => set({ model: e.target.value })} list={modelsId} placeholder={info.defaultModel || "model-id"} autoComplete="off" spellCheck={false} className="font-mono text-[13px]" />
          <datalist id={modelsId}>
            {preset.models.map((m) => (
              <option key={m} value={m} />
            ))}
          </datalist>
        </FormField>
      </div>
      <FormField
        label="Base URL"
        optional={!info.requiresBaseUrl}
        error={errors.baseUrl}
        description={info.requiresBaseUrl ? "The endpoint's OpenAI-compatible API root, usually ending in /v1." : `Leave blank to call ${info.defaultHost}.`}
      >
        <Input name="baseUrl" inputMode="url" value={values.baseUrl} onChange={(e) => set({ baseUrl: e.target.value })} placeholder={preset.baseUrl || "https://…/v1"} autoComplete="off" spellCheck={false} className="font-mono text-[13px]" />
      </FormField>
      <FormField label="API key" optional={!info.requiresKey} error={errors.apiKey} description={preset.keyHint}>
        <Input
          name="apiKey"
          type="password"
          value={values.apiKey}
          disabled={values.clearKey}
          onChange={(e) => set({ apiKey: e.target.value })}
          placeholder={storedKey ? `Leave blank to keep the key ending ${storedKey}` : info.requiresKey ? "Paste the key" : "No key"}
          autoComplete="new-password"
          spellCheck={false}
          className="font-mono text-[13px]"
        />
      </FormField>
      {storedKey && !info.requiresKey && (
        <label className="flex items-center gap-2 text-sm text-zinc-700">
          <input type="checkbox" checked={values.clearKey} onChange={(e) => set({ clearKey: e.target.checked, apiKey: "" })} className="size-4 accent-brand-600" />
          Remove the stored key
        </label>
      )}
    </>
  );
}
