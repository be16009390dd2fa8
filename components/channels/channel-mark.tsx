import { Webhook } from "lucide-react";
import { PlatformMark } from "@/components/previews/platform-mark";
import { cn } from "@/lib/utils";
import type { ChannelKind } from "@/server/publish/connectors/kinds";

/** Names of the channel kinds, as people know them. */
export const channelKindLabels: Record<ChannelKind, string> = {
  blog: "Blog",
  x: "X",
  linkedin: "LinkedIn",
  facebook: "Facebook Page",
  instagram: "Instagram",
  threads: "Threads",
  bluesky: "Bluesky",
  mastodon: "Mastodon",
  pinterest: "Pinterest",
  webhook: "Webhook",
};

/** The platform's coloured square (a plug icon for webhooks). */
const isKind = (kind: string): kind is ChannelKind => kind in channelKindLabels;

/** A kind's label ("LinkedIn"), or the raw kind if unknown. */
export const kindLabel = (kind: string) => (isKind(kind) ? channelKindLabels[kind] : kind);

export function ChannelMark({ kind, className }: { kind: string; className?: string }) {
  if (!isKind(kind)) return null;
  if (kind === "webhook") {
    return (
      <span aria-hidden className={cn("inline-flex size-5 shrink-0 items-center justify-center rounded-md bg-zinc-800 text-white [&_svg]:size-3", className)}>
        <Webhook />
      </span>
    );
  }
  return <PlatformMark platform={kind} className={className} />;
}

/** "Acme on X" with its mark, for tables and lists. */
export function ChannelName({ channel, className }: { channel: { kind: string; name: string }; className?: string }) {
  return (
    <span className={cn("inline-flex min-w-0 items-center gap-1.5", className)}>
      <ChannelMark kind={channel.kind} className="size-4 text-[8px]" />
      <span className="truncate">{channel.name}</span>
      <span className="sr-only"> ({kindLabel(channel.kind)})</span>
    </span>
  );
}
