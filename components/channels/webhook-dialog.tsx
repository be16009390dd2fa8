"use client";

import { Check, Copy } from "lucide-react";
import { useState } from "react";
import { Alert } from "@/components/ui/alert";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { toast } from "@/components/ui/toast";
import { formErrorsFrom, noFormErrors, type FormErrors } from "@/lib/form-errors";
import { ChannelMark } from "./channel-mark";
import { ReceiverDocs } from "./webhook-receiver-docs";
import { useChannelActions } from "./use-channel-actions";

/** A webhook channel: Loomcast POSTs each post as signed JSON to a URL. The signing secret is shown once. */
export function WebhookDialog({ slug, onClose }: { slug: string; onClose: () => void }) {
  const { connectWebhook } = useChannelActions();
  const [name, setName] = useState("");
  const [url, setUrl] = useState("");
  const [errors, setErrors] = useState<FormErrors>(noFormErrors);
  const [secret, setSecret] = useState<string | null>(null);
  const [copied, setCopied] = useState(false);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const fields: Record<string, string> = {};
    if (!name.trim()) fields.name = "Give the webhook a name";
    if (!/^https?:\/\/.+/i.test(url.trim())) fields.url = "Enter the full URL, starting with https://";
    if (Object.keys(fields).length) return setErrors({ message: null, fields });
    setErrors(noFormErrors);
    try {
      const result = await connectWebhook.mutateAsync({ workspaceSlug: slug, name: name.trim(), url: url.trim() });
      setSecret(result.signingSecret);
      toast.success("Webhook added", result.channel.name);
    } catch (error) {
      setErrors(formErrorsFrom(error, ["name", "url"]));
    }
  }

  async function copy() {
    if (!secret) return;
    await navigator.clipboard.writeText(secret).catch(() => undefined);
    setCopied(true);
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent onInteractOutside={(e) => secret && e.preventDefault()}>
        <DialogHeader
          icon={<ChannelMark kind="webhook" className="size-6" />}
          title={secret ? "Save the signing secret" : "Add a webhook"}
          description={
            secret
              ? "This is the only time it is shown. Your endpoint uses it to check that posts really come from Loomcast."
              : "Each post is sent as a JSON POST to your URL (for Zapier, Make, or your own site), signed per the Standard Webhooks spec."
          }
        />
        {secret ? (
          <div className="space-y-4">
            <FormField label="Signing secret" description="Verify each request's webhook-signature header with it.">
              <div className="flex gap-2">
                <Input readOnly value={secret} className="font-mono text-[13px]" onFocus={(e) => e.target.select()} />
                <Button variant="secondary" onClick={copy} aria-label="Copy signing secret">
                  {copied ? <Check aria-hidden /> : <Copy aria-hidden />}
                  {copied ? "Copied" : "Copy"}
                </Button>
              </div>
            </FormField>
            <p className="sr-only" aria-live="polite">
              {copied ? "Signing secret copied" : ""}
            </p>
            <ReceiverDocs />
            <DialogFooter>
              <Button onClick={onClose}>Done</Button>
            </DialogFooter>
          </div>
        ) : (
          <form onSubmit={submit} noValidate className="space-y-4">
            <FormField label="Name" error={errors.fields.name}>
              <Input value={name} onChange={(e) => setName(e.target.value)} placeholder="Newsletter automation" maxLength={80} required />
            </FormField>
            <FormField label="URL" error={errors.fields.url}>
              <Input type="url" value={url} onChange={(e) => setUrl(e.target.value)} placeholder="https://hooks.example.com/loomcast" required />
            </FormField>
            {errors.message && <Alert tone="danger">{errors.message}</Alert>}
            <DialogFooter>
              <DialogClose asChild>
                <Button variant="secondary">Cancel</Button>
              </DialogClose>
              <Button type="submit" loading={connectWebhook.isPending}>
                Add webhook
              </Button>
            </DialogFooter>
          </form>
        )}
      </DialogContent>
    </Dialog>
  );
}
