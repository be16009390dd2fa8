"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { signInErrorMessage } from "./sign-in-form";

const fields = ["name", "email", "password"] as const;

export function SignUpForm() {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [signingIn, setSigningIn] = useState(false);
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const input = {
      name: String(form.get("name") ?? ""),
      email: String(form.get("email") ?? ""),
      password: String(form.get("password") ?? ""),
    };
    setErrors(noFormErrors);
    let slug: string | null;
    try {
      slug = (await signUp.mutateAsync(input)).workspaceSlug;
    } catch (error) {
      setErrors(formErrorsFrom(error, fields));
      return;
    }
    setSigningIn(true);
    const res = await signIn("credentials", { redirect: false, email: input.email, password: input.password }).catch(
      () => undefined,
    );
    if (!res?.ok || res.error) {
      setSigningIn(false);
      setErrors({ message: `Your account is ready, but signing in failed: ${signInErrorMessage(res)}`, fields: {} });
      return;
    }
    router.replace(slug ? `/onboarding?workspace=${encodeURIComponent(slug)}` : "/workspaces");
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {errors.message && <Alert tone="danger">{errors.message}</Alert>}
      <FormField label="Name" error={errors.fields.name}>
        <Input name="name" autoComplete="name" placeholder="Jamie Rivera" autoFocus />
      </FormField>
      <FormField label="Work email" error={errors.fields.email}>
        <Input name="email" type="email" autoComplete="email" placeholder="jamie@company.com" />
      </FormField>
      <FormField label="Password" error={errors.fields.password} description="At least 10 characters.">
        <Input name="password" type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" size="lg" className="w-full" loading={signUp.isPending || signingIn}>
        Create account
      </Button>
      <p className="text-center text-xs leading-5 text-zinc-500">
        By creating an account you agree to our Terms of Service and Privacy Policy.
      </p>
    </form>
  );
}
