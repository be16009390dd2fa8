"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardFooter, CardHeader } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { PageHeader } from "@/components/ui/page-header";
import { toast } from "@/components/ui/toast";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { formatDate } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";

export function SettingsPage() {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const { workspace, slug, can } = useWorkspace();
  const editable = can("workspace.manage");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const update = useMutation(trpc.workspace.update.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noFormErrors);
    try {
      const result = await update.mutateAsync({
        workspaceSlug: slug,
        name: String(form.get("name") ?? ""),
        website: String(form.get("website") ?? ""),
      });
      await queryClient.invalidateQueries({ queryKey: trpc.workspace.pathKey() });
      toast.success("Settings saved");
      if (result.slug !== slug) router.replace(`/${result.slug}/settings`);
      router.refresh();
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name", "website"]));
    }
  }

  return (
    <>
      <PageHeader title="Settings" description={`How ${workspace.name} appears in Loomcast and in what it publishes.`} />
      <SettingsTabs />
      <div className="max-w-3xl space-y-6">
        <Card>
          <form onSubmit={onSubmit} noValidate>
            <CardHeader
              title="Brand"
              description={editable ? "Used across your workspace and in generated content." : "Only owners and admins can change these."}
            />
            <CardBody className="space-y-5">
              {errors.message && <Alert tone="danger">{errors.message}</Alert>}
              <FormField label="Workspace name" error={errors.fields.name} description="Usually your brand or client's name.">
                <Input name="name" defaultValue={workspace.name} disabled={!editable} autoComplete="organization" />
              </FormField>
              <FormField label="Website" optional error={errors.fields.website}>
                <Input
                  name="website"
                  inputMode="url"
                  defaultValue={workspace.website ?? ""}
                  placeholder="northwind.com"
                  disabled={!editable}
                  autoComplete="url"
                />
              </FormField>
            </CardBody>
            {editable && (
              <CardFooter>
                <p className="text-[13px] text-zinc-500">Changes are recorded in the audit log.</p>
                <Button type="submit" loading={update.isPending}>
                  Save changes
                </Button>
              </CardFooter>
            )}
          </form>
        </Card>

        <Card>
          <CardHeader title="Workspace details" />
          <CardBody>
            <dl className="grid gap-x-6 gap-y-4 text-sm sm:grid-cols-[160px_1fr]">
              <dt className="text-zinc-500">Address</dt>
              <dd className="font-mono text-[13px] text-zinc-900">/{workspace.slug}</dd>
              <dt className="text-zinc-500">Organization</dt>
              <dd className="text-zinc-900">{workspace.organization.name}</dd>
              <dt className="text-zinc-500">Created</dt>
              <dd className="text-zinc-900">{formatDate(workspace.createdAt)}</dd>
            </dl>
          </CardBody>
        </Card>
      </div>
    </>
  );
}
