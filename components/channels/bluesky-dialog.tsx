"use client";

import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { ChannelMark } from "./channel-mark";
import { useChannelActions } from "./use-channel-actions";

/** Bluesky signs in with an app password (not the account password), on bsky.social or any PDS. */
export function BlueskyDialog({ slug, initial, onClose }: { slug: string; initial?: { serviceUrl?: string | null; handle?: string | null }; onClose: () => void }) {
  const { connectBluesky } = useChannelActions();
  const [serviceUrl, setServiceUrl] = useState(initial?.serviceUrl ?? "https://bsky.social");
  const [identifier, setIdentifier] = useState(initial?.handle ?? "");
  const [appPassword, setAppPassword] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!identifier.trim()) fields.identifier = "Enter the account's handle or email";
    if (!appPassword.trim()) fields.appPassword = "Enter an app password";
    if (Object.keys(fields).length) return setErrors({ message: null, fields });
    setErrors(noFormErrors);
    try {
      const channel = await connectBluesky.mutateAsync({ workspaceSlug: slug, serviceUrl: serviceUrl.trim(), identifier: identifier.trim(), appPassword: appPassword.trim() });
      toast.success("Bluesky connected", channel.name);
      onClose();
    } catch (error) {
      setErrors(formErrorsFrom(error, ["serviceUrl", "identifier", "appPassword"]));
    }
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader icon={<ChannelMark kind="bluesky" className="size-6" />} title="Connect Bluesky" description="Loomcast posts with an app password, which you can revoke at any time without changing your real password." />
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormField label="Handle or email" error={errors.fields.identifier}>
            <Input value={identifier} onChange={(e) => setIdentifier(e.target.value)} placeholder="yourbrand.bsky.social" autoComplete="username" required />
          </FormField>
          <FormField
            label="App password"
            error={errors.fields.appPassword}
            description={
              <>
                Create one in Bluesky under Settings → Privacy and security → App passwords.{" "}
                <a href="https://bsky.app/settings/app-passwords" target="_blank" rel="noreferrer" className="text-brand-700 underline underline-offset-2">
                  What is an app password?<span className="sr-only"> (opens in a new tab)</span>
                </a>
              </>
            }
          >
            <Input type="password" value={appPassword} onChange={(e) => setAppPassword(e.target.value)} placeholder="xxxx-xxxx-xxxx-xxxx" autoComplete="off" required />
          </FormField>
          <FormField label="Server (PDS) URL" error={errors.fields.serviceUrl} description="Leave as is unless the account lives on its own server.">
            <Input type="url" value={serviceUrl} onChange={(e) => setServiceUrl(e.target.value)} required />
          </FormField>
          {errors.message && <Alert tone="danger">{errors.message}</Alert>}
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={connectBluesky.isPending}>
              Connect
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
