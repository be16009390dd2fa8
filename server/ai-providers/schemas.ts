import "server-only";
import { z } from "zod";
import { providerKinds } from "@/lib/ai-providers/kinds";

const id = z.string().trim().min(1).max(64);
const kind = z.enum(providerKinds, "Choose a provider: OpenAI, Anthropic, Google or OpenAI-compatible.");
const label = z.string().trim().min(1, "Give the provider a name.").max(60, "Keep the name under 60 characters.");
const model = z.string().trim().min(1, "Enter a model id, e.g. gpt-4o-mini.").max(200, "That model id is too long.");
/** An API key as typed; "" means "no key" (or, on update, "clear the key"). */
const apiKey = z.string().trim().max(1000, "That API key is too long.");

const parseUrl = (value: string) => (URL.canParse(value) ? new URL(value) : null);

/** An http(s) URL without credentials in it (those belong in the API key field); "" means none. */
const baseUrl = z
  .string()
  .trim()
  .max(500, "That URL is too long.")
  .superRefine((value, ctx) => {
    if (value === "") return;
    const url = parseUrl(value);
    if (!url) ctx.addIssue({ code: "custom", message: "Enter a full URL, e.g. http://localhost:11434/v1." });
    else if (!/^https?:$/.test(url.protocol)) ctx.addIssue({ code: "custom", message: "Start the URL with http:// or https://, e.g. http://localhost:11434/v1." });
    else if (url.username || url.password) ctx.addIssue({ code: "custom", message: "Put credentials in the API key field, not in the URL." });
  })
  .transform((value) => (value === "" ? null : value.replace(/\/+$/, "")));

export const createProviderInput = z
  .object({ kind, label, baseUrl: baseUrl.optional(), apiKey: apiKey.optional(), model })
  .superRefine((input, issues) => {
    if (input.kind === "openai-compatible" && !input.baseUrl) {
      issues.addIssue({ code: "custom", path: ["baseUrl"], message: "An OpenAI-compatible provider needs its base URL, e.g. http://localhost:11434/v1." });
    }
    if (input.kind !== "openai-compatible" && !input.apiKey) {
      issues.addIssue({ code: "custom", path: ["apiKey"], message: "Enter the provider's API key." });
    }
  });

/** Omitted fields keep their value; `apiKey` omitted keeps the stored key, "" clears it. */
export const updateProviderInput = z.object({
  id,
  kind: kind.optional(),
  label: label.optional(),
  baseUrl: baseUrl.optional(),
  apiKey: apiKey.optional(),
  model: model.optional(),
});

export const providerIdInput = z.object({ id });
export const setEnabledInput = z.object({ id, enabled: z.boolean() });
export const reorderInput = z.object({
  ids: z
    .array(id)
    .min(1, "Nothing to reorder.")
    .max(50)
    .refine((ids) => new Set(ids).size === ids.length, "A provider appears twice in the new order."),
});

export type CreateProviderInput = z.output<typeof createProviderInput>;
export type UpdateProviderInput = z.output<typeof updateProviderInput>;
