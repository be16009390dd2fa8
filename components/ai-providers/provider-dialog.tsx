"use client";

import { useMutation } from "@tanstack/react-query";
import { Cpu } from "lucide-react";
import { useState, type FormEvent, type ReactNode } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { toast } from "@/components/ui/toast";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { ProviderView } from "@/server/ai-providers/provider-view";
import { presetById } from "./presets";
import { ProviderFields } from "./provider-fields";
import { createPayload, formFields, updatePayload, valuesFromPreset, valuesFromProvider, type ProviderFormValues } from "./provider-form";
import { useRefreshProviders } from "./use-refresh-providers";

/** Adds a provider (no `provider`) or edits one. The key is write-only: it is never shown again. */
export function ProviderDialog({ provider, trigger }: { provider?: ProviderView; trigger: ReactNode }) {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const refresh = useRefreshProviders();
  const initial = () => (provider ? valuesFromProvider(provider) : valuesFromPreset(presetById("openai")));
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState<ProviderFormValues>(initial);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const create = useMutation(trpc.aiProvider.create.mutationOptions());
  const update = useMutation(trpc.aiProvider.update.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(noFormErrors);
    try {
      if (provider) await update.mutateAsync({ workspaceSlug: slug, ...updatePayload(values, provider.id) });
      else await create.mutateAsync({ workspaceSlug: slug, ...createPayload(values) });
      await refresh();
      toast.success(provider ? `${values.label} saved` : `${values.label} added to the chain`);
      setOpen(false);
    } catch (error) {
      setErrors(formErrorsFrom(error, formFields));
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (next) {
          setValues(initial());
          setErrors(noFormErrors);
        }
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="lg">
        <DialogHeader
          icon={<Cpu />}
          title={provider ? `Edit ${provider.label}` : "Add an AI provider"}
          description={
            provider
              ? "Changes apply to the next generation run. Leave the key blank to keep the one on file."
              : "It joins the end of this workspace's fallback chain. Keys are encrypted before they are stored and never shown again."
          }
        />
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <ProviderFields values={values} onChange={setValues} errors={errors.fields} editing={provider} />
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={create.isPending || update.isPending}>
              {provider ? "Save changes" : "Add provider"}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
