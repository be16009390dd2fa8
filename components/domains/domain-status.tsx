import { Badge } from "@/components/ui/badge";
import { formatDateTime } from "@/lib/format";

const tones = { pending: "warning", verified: "success", failed: "danger" } as const;
const labels = { pending: "Waiting for DNS", verified: "Verified", failed: "Not verified" } as const;

/** A domain's status, why, and when it was last checked; announced when it changes. */
export function DomainStatus({
  status,
  reason,
  lastCheckedAt,
}: {
  status: keyof typeof tones;
  reason: string | null;
  lastCheckedAt: Date | string | null;
}) {
  return (
    <div role="status" aria-live="polite" className="space-y-1">
      <div className="flex flex-wrap items-center gap-2 text-sm">
        <Badge tone={tones[status]}>{labels[status]}</Badge>
        <span className="text-zinc-500">{lastCheckedAt ? `Last checked ${formatDateTime(lastCheckedAt)}` : "Not checked yet"}</span>
      </div>
      {reason && <p className={status === "verified" ? "text-sm text-zinc-600" : "text-sm text-red-700"}>{reason}</p>}
    </div>
  );
}
