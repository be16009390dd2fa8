"use client";

import { useMutation } from "@tanstack/react-query";
import { Check, Copy, UserPlus } from "lucide-react";
import { useState, type FormEvent } from "react";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader, DialogTrigger } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { Select } from "@/components/ui/select";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { assignableRoles, roleLabels, type Role } from "@/lib/workspaces/permissions";
import { useRefreshMembers } from "./use-refresh-members";

export function InviteMemberDialog() {
  const trpc = useTRPC();
  const { slug, workspace } = useWorkspace();
  const refresh = useRefreshMembers(slug);
  const roles = assignableRoles(workspace.role);
  const [open, setOpen] = useState(false);
  const [role, setRole] = useState<Role>("editor");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [sent, setSent] = useState<{ email: string; url: string } | null>(null);
  const [copied, setCopied] = useState(false);
  const create = useMutation(trpc.invitation.create.mutationOptions());

  function reset() {
    setErrors(noFormErrors);
    setSent(null);
    setCopied(false);
    setRole("editor");
  }

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setErrors(noFormErrors);
    try {
      const { url } = await create.mutateAsync({ workspaceSlug: slug, email, role });
      setSent({ email, url });
      await refresh();
    } catch (error) {
      setErrors(formErrorsFrom(error, ["email", "role"]));
    }
  }

  async function copy(url: string) {
    try {
      await navigator.clipboard.writeText(url);
      setCopied(true);
    } catch {
      setCopied(false);
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next);
        if (!next) reset();
      }}
    >
      <DialogTrigger asChild>
        <Button>
          <UserPlus aria-hidden /> Invite member
        </Button>
      </DialogTrigger>
      <DialogContent>
        {sent ? (
          <>
            <DialogHeader
              icon={<Check className="text-emerald-600" />}
              title="Invitation sent"
              description={`We emailed ${sent.email} a link to join ${workspace.name}. It expires in 7 days. You can also share the link yourself.`}
            />
            <FormField label="Invitation link">
              <div className="flex gap-2">
                <Input readOnly value={sent.url} onFocus={(e) => e.currentTarget.select()} className="font-mono text-[13px]" />
                <Button variant="secondary" onClick={() => copy(sent.url)} className="h-10">
                  {copied ? <Check aria-hidden className="text-emerald-600" /> : <Copy aria-hidden />}
                  Copy link
                </Button>
              </div>
            </FormField>
            <p aria-live="polite" className="sr-only">
              {copied ? "Link copied" : ""}
            </p>
            <DialogFooter>
              <Button variant="secondary" onClick={reset}>
                Invite someone else
              </Button>
              <DialogClose asChild>
                <Button>Done</Button>
              </DialogClose>
            </DialogFooter>
          </>
        ) : (
          <>
            <DialogHeader
              icon={<UserPlus />}
              title={`Invite someone to ${workspace.name}`}
              description="They'll get an email with a link to join. The link works for 7 days."
            />
            <form onSubmit={onSubmit} noValidate className="space-y-4">
              {errors.message && <Alert tone="danger">{errors.message}</Alert>}
              <FormField label="Email" error={errors.fields.email}>
                <Input name="email" type="email" placeholder="teammate@company.com" autoComplete="off" autoFocus />
              </FormField>
              <FormField label="Role" error={errors.fields.role} description={roleLabels[role].description}>
                <Select name="role" value={role} onChange={(e) => setRole(e.target.value as Role)}>
                  {roles.map((r) => (
                    <option key={r} value={r}>
                      {roleLabels[r].label}
                    </option>
                  ))}
                </Select>
              </FormField>
              <DialogFooter>
                <DialogClose asChild>
                  <Button variant="secondary">Cancel</Button>
                </DialogClose>
                <Button type="submit" loading={create.isPending}>
                  Send invitation
                </Button>
              </DialogFooter>
            </form>
          </>
        )}
      </DialogContent>
    </Dialog>
  );
}
