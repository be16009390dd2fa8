"use client";

import { useQuery } from "@tanstack/react-query";
import { useCallback, useState } from "react";
import { browserTimeZone } from "@/lib/time-zone";
import { useTRPC } from "@/lib/trpc/client";
import { TargetPicker } from "./target-picker";
import type { WhenValue } from "./when";
import { WhenFields } from "./when-fields";

/** The state of a "where and when" choice: the checked channels and the time. */
export function usePublishChoice() {
  /** null until the targets have loaded (the server then uses the suggested channels). */
  const [channelIds, setChannelIds] = useState<string[] | null>(null);
  const [when, setWhen] = useState<WhenValue>(() => ({ mode: "now", local: "", zone: browserTimeZone() }));
  const reset = useCallback(() => setWhen((w) => ({ ...w, mode: "now", local: "" })), []);
  return { channelIds, setChannelIds, when, setWhen, reset };
}
export type PublishChoiceState = ReturnType<typeof usePublishChoice>;

/** Where (channel checkboxes) and when (now / at a time / queue) for one item. */
export function PublishChoice({
  slug,
  contentItemId,
  choice,
  errors,
}: {
  slug: string;
  contentItemId: string;
  choice: PublishChoiceState;
  errors: { channels?: string; scheduledFor?: string };
}) {
  const trpc = useTRPC();
  const targets = useQuery(trpc.publish.targets.queryOptions({ workspaceSlug: slug, contentItemId }));
  const ids = choice.channelIds ?? [];
  const chosen = (targets.data ?? []).filter((t) => ids.includes(t.channel.id)).map((t) => t.channel);
  return (
    <>
      <TargetPicker slug={slug} contentItemId={contentItemId} selected={ids} onSelected={choice.setChannelIds} error={errors.channels} />
      <WhenFields slug={slug} value={choice.when} onChange={choice.setWhen} channels={chosen} error={errors.scheduledFor} />
    </>
  );
}
