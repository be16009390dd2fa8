"use client";

import { useQuery } from "@tanstack/react-query";
import { ChannelMark, kindLabel } from "@/components/channels/channel-mark";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import { formatInZone } from "@/lib/time-zone";

export type PlannedSchedule = { at: Date | string; timezone: string } | null;

/** The channels the final approval publishes to when nobody picks them: the suggested, publishable ones. */
export function usePlannedChannels(slug: string, contentItemId: string, enabled = true) {
  const trpc = useTRPC();
  const targets = useQuery({ ...trpc.publish.targets.queryOptions({ workspaceSlug: slug, contentItemId }), enabled: enabled && contentItemId !== "" });
  const channels = (targets.data ?? []).filter((t) => t.suggested && t.problems.length === 0 && t.channel.status === "active").map((t) => t.channel);
  return { targets, channels };
}

/**
 * Where and when, read-only: what a member without the publish permission approves. Their approval
 * carries the schedule already chosen; only someone who can publish picks channels or a time.
 */
export function PlannedPublishing({ slug, contentItemId, planned }: { slug: string; contentItemId: string; planned: PlannedSchedule }) {
  const { targets, channels } = usePlannedChannels(slug, contentItemId);
  return (
    <section aria-labelledby="planned-publishing-title" className="space-y-2 rounded-xl border border-zinc-200 p-4">
      <h3 id="planned-publishing-title" className="text-sm font-medium text-zinc-900">
        Where and when (as planned)
      </h3>
      {targets.isPending ? (
        <Skeleton className="h-10 w-full" />
      ) : targets.isError ? (
        <Alert tone="danger" title="Couldn't load the channels">
          {errorMessage(targets.error)}
        </Alert>
      ) : channels.length === 0 ? (
        <p className="text-sm text-zinc-700">No channel is planned: approving makes it ready, and someone who can publish sends it out later.</p>
      ) : (
        <>
          <ul aria-label="Planned channels" className="space-y-1">
            {channels.map((c) => (
              <li key={c.id} className="flex items-center gap-2 text-sm">
                <ChannelMark kind={c.kind} />
                <span className="font-medium text-zinc-900">{c.name}</span>
                <span className="text-zinc-500">· {kindLabel(c.kind)}</span>
              </li>
            ))}
          </ul>
          <p className="text-sm text-zinc-700" suppressHydrationWarning>
            {planned ? `Publishes ${formatInZone(planned.at, planned.timezone)}.` : "Publishes right after your approval."}
          </p>
        </>
      )}
      <p className="text-[13px] text-zinc-500">Your role approves; choosing channels or a time needs the publish permission (editors, admins and owners).</p>
    </section>
  );
}
