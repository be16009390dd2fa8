"use client";

import { useState, type ReactNode } from "react";
import { Alert } from "@/components/ui/alert";
import { Button, type ButtonProps } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Textarea } from "@/components/ui/textarea";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";

/**
 * A decision that needs words: request changes, reject, regenerate. The text is required (checked
 * here and on the server); the server's message lands under the field or above the buttons.
 */
export function TextDecisionDialog({
  trigger,
  title,
  description,
  label,
  placeholder,
  submitLabel,
  submitVariant = "primary",
  field,
  emptyMessage,
  extra,
  initial = "",
  onSubmit,
}: {
  trigger: ReactNode;
  title: string;
  description: ReactNode;
  label: string;
  placeholder?: string;
  submitLabel: string;
  submitVariant?: ButtonProps["variant"];
  /** The input name the server reports errors under ("comment" or "feedback"). */
  field: string;
  emptyMessage: string;
  extra?: ReactNode;
  /** Prefills the text each time the dialog opens (the last change request, for regenerate). */
  initial?: string;
  onSubmit: (text: string) => Promise<unknown>;
}) {
  const [open, setOpen] = useState(false);
  const [text, setText] = useState("");
  const [pending, setPending] = useState(false);
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    if (!text.trim()) return setErrors({ message: null, fields: { [field]: emptyMessage } });
    setPending(true);
    setErrors(noFormErrors);
    try {
      await onSubmit(text.trim());
      setOpen(false);
      setText("");
    } catch (error) {
      setErrors(formErrorsFrom(error, [field]));
    } finally {
      setPending(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        setErrors(noFormErrors);
        if (next && !text) setText(initial);
      }}
    >
      <DialogTrigger asChild>{trigger}</DialogTrigger>
      <DialogContent size="lg">
        <DialogHeader title={title} description={description} />
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormField label={label} error={errors.fields[field]}>
            <Textarea rows={5} value={text} placeholder={placeholder} onChange={(e) => setText(e.target.value)} maxLength={5000} required autoFocus />
          </FormField>
          {extra}
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="secondary">
                Cancel
              </Button>
            </DialogClose>
            <Button type="submit" variant={submitVariant} loading={pending}>
              {submitLabel}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
