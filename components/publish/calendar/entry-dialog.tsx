"use client";

import { CalendarClock, ExternalLink, FileText, Inbox } from "lucide-react";
import Link from "next/link";
import { ChannelName } from "@/components/channels/channel-mark";
import { Button } from "@/components/ui/button";
import { Dialog, DialogContent, DialogHeader } from "@/components/ui/dialog";
import { JobActions } from "../job-actions";
import { RiskNote } from "../risk-note";
import { statusLook } from "../status";
import { JobStatusBadge } from "../status-badge";
import type { CalendarEntry } from "../types";
import { canMove } from "./entry-chip";

/** The details of one calendar entry: state, channel, time, links, and what can be done with it. */
export function EntryDialog({
  slug,
  entry,
  zone,
  canPublish,
  onClose,
  onReschedule,
}: {
  slug: string;
  entry: CalendarEntry;
  zone: string;
  canPublish: boolean;
  onClose: () => void;
  onReschedule: () => void;
}) {
  const at = new Date(entry.runAt);
  const when = new Intl.DateTimeFormat("en", { dateStyle: "full", timeStyle: "short" }).format(at);
  return (
    <Dialog open onOpenChange={(open) => !open && onClose()}>
      <DialogContent>
        <DialogHeader title={entry.title} description={statusLook[entry.status].hint} />
        <dl className="grid grid-cols-[7rem_1fr] gap-x-3 gap-y-2.5 text-sm">
          <dt className="text-zinc-500">Status</dt>
          <dd>
            <JobStatusBadge status={entry.status} />
          </dd>
          {entry.risk && (
            <>
              <dt className="text-zinc-500">Pre-flight</dt>
              <dd>
                <RiskNote risk={entry.risk} slug={slug} contentItemId={entry.contentItemId} />
              </dd>
            </>
          )}
          <dt className="text-zinc-500">Channel</dt>
          <dd className="text-zinc-800">{entry.channel ? <ChannelName channel={entry.channel} /> : "Chosen at approval"}</dd>
          <dt className="text-zinc-500">{entry.status === "published" ? "Published for" : entry.kind === "proposal" ? "Proposed for" : "Runs at"}</dt>
          <dd className="text-zinc-800">
            {when} <span className="text-zinc-500">({zone.replaceAll("_", " ")})</span>
          </dd>
          {entry.permalink && (
            <>
              <dt className="text-zinc-500">Post</dt>
              <dd>
                <a href={entry.permalink} target="_blank" rel="noreferrer" className="inline-flex items-center gap-1 break-all text-brand-700 underline underline-offset-2">
                  {entry.permalink}
                  <ExternalLink aria-hidden className="size-3.5 shrink-0" />
                  <span className="sr-only">(opens in a new tab)</span>
                </a>
              </dd>
            </>
          )}
        </dl>
        <div className="mt-6 flex flex-wrap items-center gap-2">
          <Button variant="secondary" size="sm" asChild>
            <Link href={`/${slug}/content/${entry.contentItemId}`}>
              <FileText aria-hidden /> Open item
            </Link>
          </Button>
          {entry.kind === "proposal" && (
            <Button variant="secondary" size="sm" asChild>
              <Link href={`/${slug}/review/${entry.contentItemId}`}>
                <Inbox aria-hidden /> Review
              </Link>
            </Button>
          )}
          {canPublish && canMove(entry) && (
            <Button size="sm" onClick={onReschedule}>
              <CalendarClock aria-hidden /> Reschedule
            </Button>
          )}
          {entry.kind === "job" && entry.jobId && entry.channel && entry.status !== "published" && (
            <div className="ml-auto">
              <JobActions slug={slug} job={{ id: entry.jobId, status: entry.status, permalink: entry.permalink, title: entry.title, channel: entry.channel }} canPublish={canPublish} />
            </div>
          )}
        </div>
      </DialogContent>
    </Dialog>
  );
}
