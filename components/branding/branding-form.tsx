"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { useWorkspaceSlug } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { CardBody, CardFooter } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Textarea } from "@/components/ui/textarea";
import { toast } from "@/components/ui/toast";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { Branding } from "@/lib/branding/defaults";
import { brandingFieldNames, type StoredBranding } from "@/lib/branding/schemas";
import { ColorField } from "./color-field";
import { ContrastPreview } from "./contrast-preview";

const empty = Object.fromEntries(brandingFieldNames.map((n) => [n, ""])) as Record<keyof StoredBranding, string>;

/** One level of branding (the organization's, or this workspace's override); empty fields inherit. */
export function BrandingForm({
  scope,
  stored,
  inherited,
}: {
  scope: "organization" | "workspace";
  stored: StoredBranding | null;
  /** What an empty field falls back to (shown as placeholders). */
  inherited: Branding;
}) {
  const trpc = useTRPC();
  const slug = useWorkspaceSlug();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [values, setValues] = useState(() => ({ ...empty, ...Object.fromEntries(Object.entries(stored ?? {}).map(([k, v]) => [k, v ?? ""])) }));
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const update = useMutation(
    (scope === "organization" ? trpc.branding.updateOrganization : trpc.branding.updateWorkspace).mutationOptions(),
  );
  const set = (name: keyof StoredBranding) => (value: string) => setValues((v) => ({ ...v, [name]: value }));
  const id = (name: string) => `${scope}-${name}`;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setErrors(noFormErrors);
    try {
      await update.mutateAsync({ workspaceSlug: slug, ...values });
      await queryClient.invalidateQueries({ queryKey: trpc.branding.pathKey() });
      toast.success(scope === "organization" ? "Organization branding saved" : "Workspace branding saved");
      router.refresh();
    } catch (error) {
      setErrors(formErrorsFrom(error, brandingFieldNames));
    }
  }

  const primary = values.primaryColor || inherited.colors.primary;
  const foreground = values.primaryForegroundColor || inherited.colors.primaryForeground;
  return (
    <form onSubmit={onSubmit} noValidate aria-label={scope === "organization" ? "Organization branding" : "Workspace branding"}>
      <CardBody className="grid gap-5 sm:grid-cols-2">
        {errors.message && (
          <Alert tone="danger" className="sm:col-span-2">
            {errors.message}
          </Alert>
        )}
        <FormField id={id("productName")} label="Product name" optional error={errors.fields.productName}>
          <Input value={values.productName} onChange={(e) => set("productName")(e.target.value)} placeholder={inherited.productName} />
        </FormField>
        <FormField id={id("emailSenderName")} label="Email sender name" optional error={errors.fields.emailSenderName}>
          <Input value={values.emailSenderName} onChange={(e) => set("emailSenderName")(e.target.value)} placeholder={inherited.emailSenderName} />
        </FormField>
        <FormField id={id("logoUrl")} label="Logo URL" optional error={errors.fields.logoUrl} description="An https:// image (PNG, SVG or JPEG), square works best.">
          <Input value={values.logoUrl} inputMode="url" onChange={(e) => set("logoUrl")(e.target.value)} placeholder={inherited.logoUrl ?? "https://…"} />
        </FormField>
        <FormField id={id("faviconUrl")} label="Favicon URL" optional error={errors.fields.faviconUrl} description="An https:// .ico, .png or .svg.">
          <Input value={values.faviconUrl} inputMode="url" onChange={(e) => set("faviconUrl")(e.target.value)} placeholder={inherited.faviconUrl ?? "https://…"} />
        </FormField>
        <FormField id={id("primaryColor")} label="Primary colour" optional error={errors.fields.primaryColor}>
          <ColorField name="primaryColor" label="Primary colour" value={values.primaryColor} onChange={set("primaryColor")} placeholder={inherited.colors.primary} />
        </FormField>
        <FormField id={id("primaryForegroundColor")} label="Text on primary" optional error={errors.fields.primaryForegroundColor}>
          <ColorField name="primaryForegroundColor" label="Text colour on primary" value={values.primaryForegroundColor} onChange={set("primaryForegroundColor")} placeholder={inherited.colors.primaryForeground} />
        </FormField>
        <FormField id={id("accentColor")} label="Accent colour" optional error={errors.fields.accentColor} description="Light backgrounds: selected items, highlights.">
          <ColorField name="accentColor" label="Accent colour" value={values.accentColor} onChange={set("accentColor")} placeholder={inherited.colors.accent} />
        </FormField>
        <ContrastPreview primary={primary} foreground={foreground} productName={values.productName || inherited.productName} />
        <FormField id={id("emailFooter")} label="Email footer" optional error={errors.fields.emailFooter} className="sm:col-span-2" description="A line under every email: your address, a support contact.">
          <Textarea rows={2} value={values.emailFooter} onChange={(e) => set("emailFooter")(e.target.value)} />
        </FormField>
      </CardBody>
      <CardFooter>
        <p className="text-[13px] text-zinc-500">Empty fields use {scope === "workspace" ? "the organization's" : "the default"} value. Changes are audited.</p>
        <Button type="submit" loading={update.isPending}>
          Save branding
        </Button>
      </CardFooter>
    </form>
  );
}
