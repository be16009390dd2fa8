"use client";

import { useMutation, useQueryClient } from "@tanstack/react-query";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { pluralize } from "@/lib/format";
import { useTRPC } from "@/lib/trpc/client";

const fields = ["currentPassword", "newPassword"] as const;

/** Change (or, for link/SSO accounts, set) the password; every other session is signed out. */
export function ChangePasswordForm({ hasPassword }: { hasPassword: boolean }) {
  const trpc = useTRPC();
  const queryClient = useQueryClient();
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [done, setDone] = useState<string | null>(null);
  const change = useMutation(trpc.account.changePassword.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const formElement = event.currentTarget;
    const form = new FormData(formElement);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setErrors({ message: null, fields: { confirmPassword: "The two new passwords differ." } });
      return;
    }
    setErrors(noFormErrors);
    setDone(null);
    try {
      const { sessionsEnded } = await change.mutateAsync({
        currentPassword: hasPassword ? String(form.get("currentPassword") ?? "") : undefined,
        newPassword,
      });
      formElement.reset();
      setDone(`Password ${hasPassword ? "changed" : "set"}. ${sessionsEnded ? `${pluralize(sessionsEnded, "other session")} signed out.` : "No other session was signed in."}`);
      await queryClient.invalidateQueries(trpc.account.pathFilter());
    } catch (error) {
      setErrors(formErrorsFrom(error, fields));
    }
  }

  return (
    <Card className="p-6">
      <h2 className="text-lg font-semibold text-zinc-950">{hasPassword ? "Change password" : "Set a password"}</h2>
      <p className="mt-1 text-sm text-zinc-500">Every other browser signed in to your account is signed out, and we email you.</p>
      <form onSubmit={onSubmit} noValidate className="mt-5 max-w-sm space-y-4">
        {errors.message && <Alert tone="danger">{errors.message}</Alert>}
        {done && <Alert tone="success">{done}</Alert>}
        {hasPassword && (
          <FormField label="Current password" error={errors.fields.currentPassword}>
            <Input name="currentPassword" type="password" autoComplete="current-password" />
          </FormField>
        )}
        <FormField label="New password" error={errors.fields.newPassword} description="At least 10 characters.">
          <Input name="newPassword" type="password" autoComplete="new-password" />
        </FormField>
        <FormField label="Repeat new password" error={errors.fields.confirmPassword}>
          <Input name="confirmPassword" type="password" autoComplete="new-password" />
        </FormField>
        <Button type="submit" loading={change.isPending}>
          {hasPassword ? "Change password" : "Set password"}
        </Button>
      </form>
    </Card>
  );
}
