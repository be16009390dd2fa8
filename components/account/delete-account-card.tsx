"use client";

import { useMutation } from "@tanstack/react-query";
import { TriangleAlert } from "lucide-react";
import { signOut } from "next-auth/react";
import { useState, type FormEvent } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Card } from "@/components/ui/card";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";

const fields = ["confirmEmail", "password"] as const;

/** Deletes the account after the email is typed again (and the password, when there is one). */
export function DeleteAccountCard({ email, hasPassword }: { email: string; hasPassword: boolean }) {
  const trpc = useTRPC();
  const [open, setOpen] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const remove = useMutation(trpc.account.delete.mutationOptions());

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setErrors(noFormErrors);
    try {
      await remove.mutateAsync({
        confirmEmail: String(form.get("confirmEmail") ?? ""),
        password: hasPassword ? String(form.get("password") ?? "") : undefined,
      });
    } catch (error) {
      setErrors(formErrorsFrom(error, fields));
      return;
    }
    await signOut({ redirectTo: "/sign-in" });
  }

  return (
    <Card className="border-red-200 p-6">
      <h2 className="text-lg font-semibold text-zinc-950">Delete account</h2>
      <p className="mt-1 max-w-xl text-sm text-zinc-500">
        Your account, its sessions and every workspace only you belong to are deleted at once; this cannot be undone. If you are the
        only owner of a workspace others use, make one of them an owner first.
      </p>
      <Dialog
        open={open}
        onOpenChange={(next) => {
          setOpen(next);
          if (!next) setErrors(noFormErrors);
        }}
      >
        <DialogTrigger asChild>
          <Button variant="danger" className="mt-5">
            Delete account…
          </Button>
        </DialogTrigger>
        <DialogContent size="sm">
          <DialogHeader icon={<TriangleAlert />} title="Delete your account?" description={`Type ${email} to confirm.`} />
          <form onSubmit={onSubmit} noValidate className="space-y-4">
            {errors.message && <Alert tone="danger">{errors.message}</Alert>}
            <FormField label="Your email" error={errors.fields.confirmEmail}>
              <Input name="confirmEmail" type="email" autoComplete="off" />
            </FormField>
            {hasPassword && (
              <FormField label="Password" error={errors.fields.password}>
                <Input name="password" type="password" autoComplete="current-password" />
              </FormField>
            )}
            <DialogFooter>
              <DialogClose asChild>
                <Button type="button" variant="secondary">
                  Cancel
                </Button>
              </DialogClose>
              <Button type="submit" variant="danger" loading={remove.isPending}>
                Delete my account
              </Button>
            </DialogFooter>
          </form>
        </DialogContent>
      </Dialog>
    </Card>
  );
}
