"use client";

import { CircleCheck, Clock, PowerOff, RefreshCw, TriangleAlert, Unplug } from "lucide-react";
import { useState } from "react";
import { LocalTime } from "@/components/brand/local-time";
import { Avatar } from "@/components/ui/avatar";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { ConfirmDialog } from "@/components/ui/confirm-dialog";
import { toast } from "@/components/ui/toast";
import { BlueskyDialog } from "./bluesky-dialog";
import { ChannelMark, channelKindLabels } from "./channel-mark";
import { MastodonDialog } from "./mastodon-dialog";
import { QueueEditor } from "./queue-editor";
import type { Channel } from "./types";
import { useChannelActions } from "./use-channel-actions";

const statusBadge = {
  active: { tone: "success", icon: CircleCheck, label: "Active" },
  needs_reconnect: { tone: "danger", icon: TriangleAlert, label: "Needs reconnecting" },
  disabled: { tone: "muted", icon: PowerOff, label: "Disabled" },
} as const;

/** One connected channel: who it is, whether it works, its queue times, reconnect and disconnect. */
export function ChannelCard({ slug, channel, canManage }: { slug: string; channel: Channel; canManage: boolean }) {
  const { disconnect, goToOAuth, oauthPending } = useChannelActions();
  const [open, setOpen] = useState<"queue" | "bluesky" | "mastodon" | null>(null);
  const status = statusBadge[channel.status];
  const slots = channel.queueSchedule?.slots.length ?? 0;
  const isBlog = channel.kind === "blog";

  function reconnect() {
    if (channel.kind === "bluesky") return setOpen("bluesky");
    if (channel.kind === "mastodon" && !channel.serviceUrl) return setOpen("mastodon");
    void goToOAuth({ workspaceSlug: slug, kind: channel.kind, channelId: channel.id, ...(channel.serviceUrl ? { serviceUrl: channel.serviceUrl } : {}) });
  }

  return (
    <li className="flex flex-col rounded-2xl border border-zinc-200/80 bg-white p-4 shadow-xs" aria-label={`${channel.name}, ${channelKindLabels[channel.kind]}`}>
      <div className="flex items-start gap-3">
        <span className="relative">
          {channel.avatarUrl ? (
            // eslint-disable-next-line @next/next/no-img-element -- remote avatars from many hosts
            <img src={channel.avatarUrl} alt="" className="size-10 rounded-full object-cover" />
          ) : (
            <Avatar name={channel.name} seed={channel.id} size="lg" />
          )}
          <ChannelMark kind={channel.kind} className="absolute -right-1 -bottom-1 size-4 text-[7px] ring-2 ring-white" />
        </span>
        <div className="min-w-0 flex-1">
          <p className="truncate text-sm font-semibold text-zinc-950">{channel.name}</p>
          <p className="truncate text-[13px] text-zinc-500">
            {channelKindLabels[channel.kind]}
            {channel.handle && ` · ${channel.handle}`}
          </p>
        </div>
        <Badge tone={status.tone}>
          <status.icon aria-hidden /> {status.label}
        </Badge>
      </div>
      {channel.status === "needs_reconnect" && (
        <p className="mt-3 rounded-lg bg-red-50 px-3 py-2 text-[13px] text-red-800">{channel.statusReason ?? "Its access was revoked or has expired. Reconnect it so scheduled posts can go out."}</p>
      )}
      {channel.status === "disabled" && channel.statusReason && <p className="mt-3 text-[13px] text-zinc-500">{channel.statusReason}</p>}
      <p className="mt-3 text-[12px] text-zinc-500">
        {channel.lastPublishedAt ? (
          <>
            Last post <LocalTime date={channel.lastPublishedAt} relative />
          </>
        ) : (
          "Nothing published yet"
        )}
        {" · "}
        {slots ? `${slots} queue ${slots === 1 ? "time" : "times"}` : "no queue times"}
      </p>
      <div className="mt-auto flex flex-wrap items-center gap-1.5 pt-3">
        {canManage && channel.status === "needs_reconnect" && (
          <Button size="sm" onClick={reconnect} loading={oauthPending}>
            <RefreshCw aria-hidden /> Reconnect
          </Button>
        )}
        <Button variant="secondary" size="sm" onClick={() => setOpen("queue")}>
          <Clock aria-hidden /> Queue times<span className="sr-only"> for {channel.name}</span>
        </Button>
        {canManage && !isBlog && (
          <ConfirmDialog
            title={`Disconnect ${channel.name}?`}
            description="Loomcast forgets its access. Posts scheduled for it are cancelled; published posts stay on the platform."
            confirmLabel="Disconnect"
            icon={<Unplug />}
            onConfirm={async () => {
              await disconnect.mutateAsync({ workspaceSlug: slug, channelId: channel.id });
              toast.success("Channel disconnected", channel.name);
            }}
            trigger={
              <Button variant="danger-ghost" size="sm" className="ml-auto">
                <Unplug aria-hidden /> Disconnect<span className="sr-only"> {channel.name}</span>
              </Button>
            }
          />
        )}
      </div>
      {open === "queue" && <QueueEditor slug={slug} channel={channel} readOnly={!canManage} onClose={() => setOpen(null)} />}
      {open === "bluesky" && <BlueskyDialog slug={slug} initial={{ serviceUrl: channel.serviceUrl, handle: channel.handle }} onClose={() => setOpen(null)} />}
      {open === "mastodon" && <MastodonDialog slug={slug} channelId={channel.id} onClose={() => setOpen(null)} />}
    </li>
  );
}
