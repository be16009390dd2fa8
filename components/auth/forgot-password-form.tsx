"use client";

import { useMutation } from "@tanstack/react-query";
import { ArrowLeft, KeyRound, MailCheck } from "lucide-react";
import Link from "next/link";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { AuthHeading } from "./auth-heading";

export function ForgotPasswordForm() {
  const trpc = useTRPC();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [sentTo, setSentTo] = useState<string | null>(null);
  const request = useMutation(trpc.auth.requestPasswordReset.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setErrors(noFormErrors);
    try {
      await request.mutateAsync({ email });
      setSentTo(email);
    } catch (error) {
      setErrors(formErrorsFrom(error, ["email"]));
    }
  }

  const back = (
    <Button asChild variant="ghost" className="w-full">
      <Link href="/sign-in">
        <ArrowLeft aria-hidden /> Back to sign in
      </Link>
    </Button>
  );

  if (sentTo) {
    return (
      <>
        <AuthHeading
          icon={<MailCheck />}
          title="Check your email"
          description={
            <>
              If an account exists for <strong className="font-medium text-zinc-900">{sentTo}</strong>, we sent a link
              to choose a new password. It expires in one hour.
            </>
          }
        />
        {back}
      </>
    );
  }

  return (
    <>
      <AuthHeading
        icon={<KeyRound />}
        title="Forgot your password?"
        description="Enter the email you sign in with and we'll send you a link to choose a new one."
      />
      <form onSubmit={onSubmit} noValidate className="space-y-5">
        {errors.message && <Alert tone="danger">{errors.message}</Alert>}
        <FormField label="Email" error={errors.fields.email}>
          <Input name="email" type="email" autoComplete="email" placeholder="you@company.com" autoFocus />
        </FormField>
        <Button type="submit" size="lg" className="w-full" loading={request.isPending}>
          Send reset link
        </Button>
        {back}
      </form>
    </>
  );
}
