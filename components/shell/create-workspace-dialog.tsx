"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { Building2 } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

export function CreateWorkspaceDialog({
  open,
  onOpenChange,
  organizationId,
  organizationName,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  organizationId: string;
  organizationName: string;
}) {
  const trpc = useTRPC();
  const router = useRouter();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const create = useMutation(trpc.workspace.create.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noFormErrors);
    try {
      const { slug } = await create.mutateAsync({
        organizationId,
        name: String(form.get("name") ?? ""),
        website: String(form.get("website") ?? ""),
      });
      await queryClient.invalidateQueries({ queryKey: trpc.workspace.list.queryKey() });
      onOpenChange(false);
      router.push(`/${slug}`);
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name", "website"]));
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) setErrors(noFormErrors);
        onOpenChange(next);
      }}
    >
      <DialogContent>
        <DialogHeader
          icon={<Building2 />}
          title="Create a workspace"
          description={`A separate brand or client with its own content, channels and team, in ${organizationName}.`}
        />
        <form onSubmit={onSubmit} noValidate className="space-y-4">
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <FormField label="Workspace name" error={errors.fields.name}>
            <Input name="name" placeholder="Contoso Coffee" autoFocus />
          </FormField>
          <FormField label="Website" optional error={errors.fields.website}>
            <Input name="website" inputMode="url" placeholder="contoso.com" />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={create.isPending}>
              Create workspace
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
