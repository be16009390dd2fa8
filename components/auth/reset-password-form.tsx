"use client";

import { useMutation } from "@tanstack/react-query";
import { KeyRound, LinkIcon } from "lucide-react";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { signIn } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { homePath } from "@/lib/safe-redirect";
import { useTRPC } from "@/lib/trpc/client";
import { AuthHeading } from "./auth-heading";

export function ResetPasswordForm({ token }: { token: string }) {
  const trpc = useTRPC();
  const router = useRouter();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [signingIn, setSigningIn] = useState(false);
  const reset = useMutation(trpc.auth.resetPassword.mutationOptions());

  if (!token) {
    return (
      <>
        <AuthHeading
          icon={<LinkIcon />}
          title="This link is incomplete"
          description="Open the link from your reset email again, or request a new one."
        />
        <Button asChild size="lg" className="w-full">
          <Link href="/forgot-password">Request a new link</Link>
        </Button>
      </>
    );
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const password = String(form.get("password") ?? "");
    if (password !== String(form.get("confirm") ?? "")) {
      setErrors({ message: null, fields: { confirm: "The two passwords don't match." } });
      return;
    }
    setErrors(noFormErrors);
    let email: string;
    try {
      email = (await reset.mutateAsync({ token, password })).email;
    } catch (error) {
      setErrors(formErrorsFrom(error, ["password"]));
      return;
    }
    setSigningIn(true);
    const res = await signIn("credentials", { redirect: false, email, password }).catch(() => undefined);
    router.replace(res?.ok && !res.error ? homePath : "/sign-in");
    router.refresh();
  }

  return (
    <>
      <AuthHeading icon={<KeyRound />} title="Choose a new password" description="You'll be signed in right after." />
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {errors.message && (
          <Alert tone="danger" action={<Link href="/forgot-password" className="font-medium underline">New link</Link>}>
            {errors.message}
          </Alert>
        )}
        <FormField label="New password" error={errors.fields.password} description="At least 10 characters.">
          <Input name="password" type="password" autoComplete="new-password" autoFocus />
        </FormField>
        <FormField label="Confirm new password" error={errors.fields.confirm}>
          <Input name="confirm" type="password" autoComplete="new-password" />
        </FormField>
        <Button type="submit" size="lg" className="w-full" loading={reset.isPending || signingIn}>
          Save password
        </Button>
      </form>
    </>
  );
}
