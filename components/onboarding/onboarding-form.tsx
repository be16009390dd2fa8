"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowRight } from "lucide-react";
import { useRouter } from "next/navigation";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

export function OnboardingForm({ workspaceSlug }: { workspaceSlug: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [leaving, setLeaving] = useState(false);
  const complete = useMutation(trpc.workspace.completeOnboarding.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noFormErrors);
    try {
      const { slug } = await complete.mutateAsync({
        workspaceSlug,
        brandName: String(form.get("brandName") ?? ""),
        website: String(form.get("website") ?? ""),
      });
      setLeaving(true);
      router.replace(`/${slug}`);
      router.refresh();
    } catch (error) {
      setErrors(formErrorsFrom(error, ["brandName", "website"]));
    }
  }

  return (
    <form onSubmit={onSubmit} noValidate className="mt-8 space-y-5">
      {errors.message && <Alert tone="danger">{errors.message}</Alert>}
      <FormField label="Brand name" error={errors.fields.brandName} description="The name your audience knows you by.">
        <Input name="brandName" placeholder="Northwind Bakery" autoComplete="organization" autoFocus />
      </FormField>
      <FormField
        label="Website"
        optional
        error={errors.fields.website}
        description="Where people find you online, like northwind.com."
      >
        <Input name="website" inputMode="url" placeholder="northwind.com" autoComplete="url" />
      </FormField>
      <Button type="submit" size="lg" className="w-full" loading={complete.isPending || leaving}>
        Continue {!(complete.isPending || leaving) && <ArrowRight aria-hidden />}
      </Button>
    </form>
  );
}
