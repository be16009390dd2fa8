import { GitCompare } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardHeader } from "@/components/ui/card";
import { formatDateTime } from "@/lib/format";
import { sourceLabel } from "./review-labels";
import type { ReviewVersion } from "./types";

/** Every version, newest first, with where it came from and a "compare with the previous" button. */
export function VersionHistory({ versions, current, onCompare }: { versions: ReviewVersion[]; current: number; onCompare: (from: number, to: number) => void }) {
  const rows = [...versions].reverse();
  return (
    <Card>
      <CardHeader title="Versions" description="Every stage and every edit writes a version; nothing is overwritten." />
      <ol className="divide-y divide-zinc-100">
        {rows.map((v, i) => {
          const previous = rows[i + 1];
          return (
            <li key={v.number} className="flex flex-wrap items-center gap-x-3 gap-y-1 px-5 py-3 text-sm sm:px-6">
              <span className="font-medium text-zinc-900">Version {v.number}</span>
              <span className="text-zinc-600">{sourceLabel(v.source)}</span>
              {v.number === current && <Badge tone="brand">current</Badge>}
              {v.qualityScore !== null && <span className="text-xs text-zinc-500">quality {Math.round(v.qualityScore * 10) / 10}</span>}
              <time dateTime={new Date(v.createdAt).toISOString()} className="text-xs text-zinc-500" suppressHydrationWarning>
                {formatDateTime(v.createdAt)}
              </time>
              {previous && (
                <Button variant="ghost" size="sm" className="ml-auto" onClick={() => onCompare(previous.number, v.number)} aria-label={`Compare version ${v.number} with version ${previous.number}`}>
                  <GitCompare aria-hidden /> Compare with {previous.number}
                </Button>
              )}
            </li>
          );
        })}
      </ol>
    </Card>
  );
}
