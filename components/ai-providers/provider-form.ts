import type { ProviderKind } from "@/lib/ai-providers/kinds";
import type { ProviderView } from "@/server/ai-providers/provider-view";
import { presetById, presetFor, type Preset } from "./presets";

/** What the add/edit dialog holds while the user types. */
export type ProviderFormValues = {
  presetId: string;
  kind: ProviderKind;
  label: string;
  baseUrl: string;
  apiKey: string;
  model: string;
  /** Edit only: remove the stored key (sent as apiKey ""). */
  clearKey: boolean;
};

export const formFields = ["kind", "label", "baseUrl", "apiKey", "model"] as const;

export function valuesFromPreset(preset: Preset): ProviderFormValues {
  return { presetId: preset.id, kind: preset.kind, label: preset.label, baseUrl: preset.baseUrl, apiKey: "", model: preset.model, clearKey: false };
}

export function valuesFromProvider(provider: ProviderView): ProviderFormValues {
  const preset = presetFor(provider.kind, provider.baseUrl, provider.label);
  return {
    presetId: preset.id,
    kind: provider.kind,
    label: provider.label,
    baseUrl: provider.baseUrl ?? "",
    apiKey: "",
    model: provider.model,
    clearKey: false,
  };
}

/** Switching preset while adding: fill the fields the user has not made their own. */
export function applyPreset(current: ProviderFormValues, presetId: string): ProviderFormValues {
  const from = presetById(current.presetId);
  const to = presetById(presetId);
  const keep = (value: string, old: string, next: string) => (value === "" || value === old ? next : value);
  return {
    ...current,
    presetId: to.id,
    kind: to.kind,
    label: keep(current.label, from.label, to.label),
    baseUrl: to.baseUrl,
    model: keep(current.model, from.model, to.model),
  };
}

/** The create payload: an empty optional field is simply left out. */
export function createPayload(values: ProviderFormValues) {
  return {
    kind: values.kind,
    label: values.label,
    model: values.model,
    baseUrl: values.baseUrl.trim() || undefined,
    apiKey: values.apiKey.trim() || undefined,
  };
}

/** The update payload: a blank key keeps the stored one; "remove key" sends "". */
export function updatePayload(values: ProviderFormValues, id: string) {
  return {
    id,
    kind: values.kind,
    label: values.label,
    model: values.model,
    baseUrl: values.baseUrl.trim(),
    apiKey: values.clearKey ? "" : values.apiKey.trim() || undefined,
  };
}
