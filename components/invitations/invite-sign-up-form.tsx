"use client";

import { useMutation } from "@tanstack/react-query";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { signInErrorMessage } from "@/components/auth/sign-in-form";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { homePath } from "@/lib/safe-redirect";
import { useTRPC } from "@/lib/trpc/client";

/** A new account for the invited address; it joins the workspace in the same step. */
export function InviteSignUpForm({ token, email }: { token: string; email: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [signingIn, setSigningIn] = useState(false);
  const signUp = useMutation(trpc.auth.signUp.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const name = String(form.get("name") ?? "");
    const password = String(form.get("password") ?? "");
    setErrors(noFormErrors);
    let slug: string | null;
    try {
      slug = (await signUp.mutateAsync({ name, email, password, inviteToken: token })).workspaceSlug;
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name", "password"]));
      return;
    }
    setSigningIn(true);
    const res = await signIn("credentials", { redirect: false, email, password }).catch(() => undefined);
    if (!res?.ok || res.error) {
      setSigningIn(false);
      setErrors({ message: `Your account is ready, but signing in failed: ${signInErrorMessage(res)}`, fields: {} });
      return;
    }
    router.replace(slug ? `/${slug}` : homePath);
    router.refresh();
  }

  return (
    <form onSubmit={onSubmit} noValidate className="space-y-5">
      {errors.message && <Alert tone="danger">{errors.message}</Alert>}
      <div className="rounded-xl border border-zinc-200 bg-zinc-50 px-4 py-3">
        <p className="text-xs font-medium text-zinc-500">Your email</p>
        <p className="mt-0.5 text-sm font-medium text-zinc-900">{email}</p>
      </div>
      <FormField label="Name" error={errors.fields.name}>
        <Input name="name" autoComplete="name" placeholder="Jamie Rivera" autoFocus />
      </FormField>
      <FormField label="Password" error={errors.fields.password} description="At least 10 characters.">
        <Input name="password" type="password" autoComplete="new-password" />
      </FormField>
      <Button type="submit" size="lg" className="w-full" loading={signUp.isPending || signingIn}>
        Create account and join
      </Button>
    </form>
  );
}
