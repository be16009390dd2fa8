"use client";

import { Plus } from "lucide-react";
import { useState } from "react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import { BlueskyDialog } from "./bluesky-dialog";
import { ChannelMark } from "./channel-mark";
import { MastodonDialog } from "./mastodon-dialog";
import type { AvailableChannel } from "./types";
import { useChannelActions } from "./use-channel-actions";
import { WebhookDialog } from "./webhook-dialog";

/** "Connect a channel": one tile per platform; OAuth ones go to the platform, the others open a form. */
export function ConnectGrid({ slug, available }: { slug: string; available: AvailableChannel[] }) {
  const { goToOAuth, oauthPending } = useChannelActions();
  const [form, setForm] = useState<"bluesky" | "mastodon" | "webhook" | null>(null);
  const platforms = available.filter((a) => a.auth !== "builtin");

  function connect(a: AvailableChannel) {
    if (a.kind === "bluesky" || a.kind === "webhook") return setForm(a.kind);
    if (a.needsServiceUrl) return setForm("mastodon");
    void goToOAuth({ workspaceSlug: slug, kind: a.kind });
  }

  return (
    <Card>
      <CardHeader title="Connect a channel" description="Add the accounts Loomcast publishes to. You can disconnect any of them at any time." />
      <CardBody>
        <ul className="grid gap-3 sm:grid-cols-2 lg:grid-cols-3">
          {platforms.map((a) => {
            const why = a.configured ? null : "Not available on this server: the operator has not set up this platform's app yet.";
            const noteId = `connect-${a.kind}-note`;
            return (
              <li key={a.kind}>
                <button
                  type="button"
                  disabled={!a.configured || oauthPending}
                  aria-describedby={noteId}
                  onClick={() => connect(a)}
                  className={cn(
                    "flex h-full w-full items-start gap-3 rounded-xl border border-zinc-200 p-3.5 text-left transition focus-visible:ring-2 focus-visible:ring-brand-500 focus-visible:outline-none",
                    a.configured ? "cursor-pointer hover:border-brand-300 hover:bg-brand-50/40" : "cursor-not-allowed bg-zinc-50",
                  )}
                >
                  <ChannelMark kind={a.kind} className={cn("size-8 rounded-lg text-[12px]", !a.configured && "opacity-50")} />
                  <span className="min-w-0 flex-1">
                    <span className={cn("flex items-center gap-1.5 text-sm font-medium", a.configured ? "text-zinc-900" : "text-zinc-500")}>
                      {a.label}
                      {a.configured && <Plus aria-hidden className="ml-auto size-4 text-zinc-400" />}
                    </span>
                    <span id={noteId} className="mt-0.5 block text-[12px] leading-4 text-zinc-500">
                      {why ?? describe(a)}
                    </span>
                  </span>
                </button>
              </li>
            );
          })}
        </ul>
      </CardBody>
      {form === "bluesky" && <BlueskyDialog slug={slug} onClose={() => setForm(null)} />}
      {form === "mastodon" && <MastodonDialog slug={slug} onClose={() => setForm(null)} />}
      {form === "webhook" && <WebhookDialog slug={slug} onClose={() => setForm(null)} />}
    </Card>
  );
}

function describe(a: AvailableChannel): string {
  const how = a.auth === "oauth2" ? (a.needsServiceUrl ? "Sign in on your server" : "Sign in with the platform") : a.auth === "app_password" ? "Connect with an app password" : "Signed JSON POST to your URL";
  const can = [a.threads && "threads", a.media !== "none" && "images"].filter(Boolean).join(" and ");
  return can ? `${how}. Posts ${can}.` : `${how}.`;
}
