import { Ban, Check, Link2, MessageSquareWarning, Star } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Card, CardHeader } from "@/components/ui/card";
import { EmptyState } from "@/components/ui/empty-state";
import { formatDateTime } from "@/lib/format";
import { decisionLabels } from "./review-labels";
import type { ApprovalRecord, PolicyStep } from "./types";
import { formatInZone } from "@/lib/time-zone";

const icons = { approved: Check, changes_requested: MessageSquareWarning, rejected: Ban };

/** Every decision on the item, newest first: who, what, on which version and step, comment, score, schedule, when. */
export function ApprovalHistory({ approvals, steps }: { approvals: ApprovalRecord[]; steps: PolicyStep[] }) {
  const rows = [...approvals].sort((a, b) => new Date(b.createdAt).getTime() - new Date(a.createdAt).getTime());
  return (
    <Card>
      <CardHeader title="Approval history" description="Every decision, kept after edits (an edit voids the approvals of older versions)." />
      {rows.length === 0 ? (
        <EmptyState className="py-8" icon={<Check />} title="No decisions yet" description="Approvals, change requests and rejections appear here." />
      ) : (
        <ol className="divide-y divide-zinc-100">
          {rows.map((a) => {
            const Icon = icons[a.decision];
            const label = decisionLabels[a.decision];
            const step = steps[a.step - 1]?.name ?? `Step ${a.step}`;
            return (
              <li key={a.id} className="space-y-1.5 px-5 py-4 sm:px-6">
                <div className="flex flex-wrap items-center gap-2 text-sm">
                  <span className="font-medium text-zinc-900">{a.actorLabel}</span>
                  {a.reviewLinkId && (
                    <Badge tone="neutral">
                      <Link2 aria-hidden /> client link
                    </Badge>
                  )}
                  <Badge tone={label.tone}>
                    <Icon aria-hidden /> {label.label}
                  </Badge>
                  <span className="text-zinc-500">
                    version {a.versionNumber} · {step}
                  </span>
                  {a.score !== null && (
                    <span className="inline-flex items-center gap-0.5 text-zinc-600">
                      <Star aria-hidden className="size-3.5 fill-amber-400 text-amber-500" /> score {a.score}/5
                    </span>
                  )}
                  {a.voidedAt && <Badge tone="muted">voided by a later edit</Badge>}
                  <time dateTime={new Date(a.createdAt).toISOString()} className="ml-auto text-xs text-zinc-500" suppressHydrationWarning>
                    {formatDateTime(a.createdAt)}
                  </time>
                </div>
                {a.comment && <p className="text-sm leading-6 whitespace-pre-wrap text-zinc-700">{a.comment}</p>}
                {a.scheduledFor && (
                  <p className="text-xs text-zinc-600" suppressHydrationWarning>
                    Scheduled for {formatInZone(a.scheduledFor, a.timezone ?? "UTC")}
                  </p>
                )}
              </li>
            );
          })}
        </ol>
      )}
    </Card>
  );
}
