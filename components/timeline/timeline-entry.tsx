import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";
import { cn } from "@/lib/utils";
import type { TimelineEntry as Entry } from "@/server/timeline/types";
import { RetryStageButton } from "./retry-stage-button";
import { providerName } from "@/components/content/content-labels";
import { formatCost, formatDuration, kindIcons, kindNames, linkParts, outcomeBadge } from "./timeline-labels";
import { formatNumber } from "@/lib/format";

/** Text with its http(s) URLs as links (a delivery's permalink). */
function Linked({ text }: { text: string }) {
  return (
    <>
      {linkParts(text).map((part, i) =>
        part.href ? (
          <a key={i} href={part.href} target="_blank" rel="noreferrer" className="break-all text-brand-700 underline underline-offset-2">
            {part.text}
            <span className="sr-only"> (opens in a new tab)</span>
          </a>
        ) : (
          <span key={i}>{part.text}</span>
        ),
      )}
    </>
  );
}

/** One event on the item's timeline: when, what, which model, how long, what it cost, how it ended. */
export function TimelineEntry({ entry, contentItemId, canRetry, last }: { entry: Entry; contentItemId: string; canRetry: boolean; last: boolean }) {
  const Icon = kindIcons[entry.kind];
  // A failure worth a cause: a stage, a delivery or a metrics pull (a review decision is not a failure).
  const failed = entry.outcome === "failed" && entry.kind !== "review";
  const outcome = entry.outcome ? outcomeBadge(entry.kind, entry.outcome) : null;
  const facts = [
    entry.actor && `by ${entry.actor}`,
    entry.model && (entry.provider ? `${providerName(entry.provider)} · ${entry.model}` : entry.model),
    entry.durationMs !== null && formatDuration(entry.durationMs),
    entry.tokens !== null && `${formatNumber(entry.tokens)} tokens`,
    entry.costUsd !== null && formatCost(entry.costUsd),
  ].filter((f): f is string => typeof f === "string");

  return (
    <li className="relative flex gap-3 pb-5 last:pb-0">
      {!last && <span aria-hidden className="absolute top-8 bottom-0 left-[15px] w-px bg-zinc-200" />}
      <span
        className={cn(
          "relative flex size-8 shrink-0 items-center justify-center rounded-full border bg-white [&_svg]:size-4",
          failed ? "border-red-200 text-red-600" : "border-zinc-200 text-zinc-500",
        )}
      >
        <Icon aria-hidden />
      </span>
      <div className="min-w-0 flex-1 pt-1">
        <p className="flex flex-wrap items-center gap-x-2 gap-y-1">
          <span className="sr-only">{kindNames[entry.kind]}: </span>
          <span className="text-sm font-medium text-zinc-900">{entry.title}</span>
          {outcome && <Badge tone={outcome.tone}>{outcome.label}</Badge>}
          <time dateTime={new Date(entry.at).toISOString()} className="text-xs text-zinc-500" suppressHydrationWarning>
            {formatDateTime(entry.at)}
          </time>
        </p>
        {facts.length > 0 && <p className="mt-0.5 text-[13px] text-zinc-600">{facts.join(" · ")}</p>}
        {entry.detail && (
          <p className={cn("mt-1 text-[13px] leading-5", failed ? "rounded-md bg-red-50 px-2 py-1 text-red-800" : "text-zinc-600")}>
            {failed && <span className="font-medium">Cause: </span>}
            <Linked text={entry.detail} />
          </p>
        )}
        {failed && entry.retryable && entry.runId && canRetry && (
          <RetryStageButton runId={entry.runId} stage={entry.stage} contentItemId={contentItemId} />
        )}
      </div>
    </li>
  );
}
