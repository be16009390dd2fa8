"use client";

import { useQuery } from "@tanstack/react-query";
import Link from "next/link";
import { useEffect, useRef } from "react";
import { ChannelMark, kindLabel } from "@/components/channels/channel-mark";
import { Alert } from "@/components/ui/alert";
import { Skeleton } from "@/components/ui/skeleton";
import { errorMessage } from "@/lib/form-errors";
import { useTRPC } from "@/lib/trpc/client";
import type { PublishTarget } from "./types";

const selectable = (t: PublishTarget) => t.problems.length === 0 && t.channel.status === "active";

/**
 * "Publish to": the channels this item can go to as checkboxes. Suggested channels start checked;
 * a channel with problems (too long for X, needs reconnecting…) says why and cannot be picked.
 */
export function TargetPicker({
  slug,
  contentItemId,
  selected,
  onSelected,
  error,
}: {
  slug: string;
  contentItemId: string;
  selected: string[];
  onSelected: (ids: string[]) => void;
  error?: string;
}) {
  const trpc = useTRPC();
  const targets = useQuery(trpc.publish.targets.queryOptions({ workspaceSlug: slug, contentItemId }));
  const seeded = useRef(false);
  useEffect(() => {
    if (seeded.current || !targets.data) return;
    seeded.current = true;
    onSelected(targets.data.filter((t) => t.suggested && selectable(t)).map((t) => t.channel.id));
  }, [targets.data, onSelected]);

  if (targets.isPending) return <Skeleton className="h-24 w-full" />;
  if (targets.isError) return <Alert tone="danger" title="Couldn't load the channels">{errorMessage(targets.error)}</Alert>;
  const list = targets.data;
  const onlyBlog = list.every((t) => t.channel.kind === "blog") && !list.some((t) => t.suggested);
  const toggle = (id: string, on: boolean) => onSelected(on ? [...selected, id] : selected.filter((s) => s !== id));

  return (
    <fieldset className="space-y-2 rounded-xl border border-zinc-200 p-4" aria-describedby={error ? "targets-error" : undefined}>
      <legend className="px-1 text-sm font-medium text-zinc-900">Publish to</legend>
      {onlyBlog && (
        <Alert tone="warning" role="note">
          No social channel is connected yet, so this post has nowhere to go.{" "}
          <Link href={`/${slug}/channels`} className="font-medium underline underline-offset-2">
            Connect a channel
          </Link>{" "}
          first, or approve now and publish it later from the item page.
        </Alert>
      )}
      <ul className="space-y-1.5">
        {list.map((t) => {
          const ok = selectable(t);
          const why = t.channel.status !== "active" ? [channelStatusProblem(t.channel.status)] : t.problems.map((p) => p.message);
          const problemId = `target-${t.channel.id}-problems`;
          return (
            <li key={t.channel.id}>
              <label className={`flex items-start gap-2.5 rounded-lg px-2 py-1.5 text-sm ${ok ? "cursor-pointer hover:bg-zinc-50" : "cursor-not-allowed opacity-80"}`}>
                <input
                  type="checkbox"
                  className="mt-0.5 size-4 accent-brand-600"
                  checked={ok && selected.includes(t.channel.id)}
                  disabled={!ok}
                  aria-describedby={why.length ? problemId : undefined}
                  onChange={(e) => toggle(t.channel.id, e.target.checked)}
                />
                <ChannelMark kind={t.channel.kind} className="mt-px" />
                <span className="min-w-0 flex-1">
                  <span className="font-medium text-zinc-900">{t.channel.name}</span>
                  <span className="text-zinc-500"> · {kindLabel(t.channel.kind)}</span>
                  {t.suggested && ok && <span className="ml-1.5 rounded-full bg-brand-50 px-1.5 py-0.5 text-[11px] font-medium text-brand-700">Suggested</span>}
                  {why.length > 0 && (
                    <span id={problemId} className="mt-0.5 block text-[13px] text-red-700">
                      {why.join(" ")}
                    </span>
                  )}
                </span>
              </label>
            </li>
          );
        })}
      </ul>
      {error && (
        <p id="targets-error" className="text-[13px] text-red-600">
          {error}
        </p>
      )}
    </fieldset>
  );
}

function channelStatusProblem(status: string): string {
  return status === "needs_reconnect" ? "This channel needs reconnecting on the Channels page." : "This channel is turned off.";
}
