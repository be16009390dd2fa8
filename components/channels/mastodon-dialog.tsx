"use client";

import { useState } from "react";
import { Button } from "@/components/ui/button";
import { Dialog, DialogClose, DialogContent, DialogFooter, DialogHeader } from "@/components/ui/dialog";
import { FormField } from "@/components/ui/form-field";
import { Input } from "@/components/ui/input";
import { ChannelMark } from "./channel-mark";
import { useChannelActions } from "./use-channel-actions";

/** Mastodon is many servers: ask which one, then go there to sign in. */
export function MastodonDialog({ slug, channelId, onClose }: { slug: string; channelId?: string; onClose: () => void }) {
  const { goToOAuth, oauthPending } = useChannelActions();
  const [url, setUrl] = useState("");
  const [error, setError] = useState<string | null>(null);

  async function submit(e: React.FormEvent) {
    e.preventDefault();
    const raw = url.trim();
    if (!raw) return setError("Enter your server's address, for example mastodon.social");
    const serviceUrl = /^https?:\/\//i.test(raw) ? raw : `https://${raw}`;
    try {
      new URL(serviceUrl);
    } catch {
      return setError("That doesn't look like a server address");
    }
    setError(null);
    await goToOAuth({ workspaceSlug: slug, kind: "mastodon", serviceUrl, ...(channelId ? { channelId } : {}) });
  }

  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader icon={<ChannelMark kind="mastodon" className="size-6" />} title="Connect Mastodon" description="Which server is the account on? You sign in there and come back here." />
        <form onSubmit={submit} noValidate className="space-y-4">
          <FormField label="Server address" error={error} description="The part after the @ in your full handle, e.g. mastodon.social for @brand@mastodon.social.">
            <Input value={url} onChange={(e) => setUrl(e.target.value)} placeholder="mastodon.social" inputMode="url" required />
          </FormField>
          <DialogFooter>
            <DialogClose asChild>
              <Button variant="secondary">Cancel</Button>
            </DialogClose>
            <Button type="submit" loading={oauthPending}>
              Continue to sign in
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  );
}
