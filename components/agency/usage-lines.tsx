import { Card, CardBody, CardHeader } from "@/components/ui/card";
import type { ClientOverview } from "@/server/agency/client-overview";
import { formatNumber } from "@/lib/format";

const day = new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", timeZone: "UTC" });

/** The organization's usage this billing period (shared by all its clients). */
export function UsageLines({ usage }: { usage: ClientOverview["usage"] }) {
  return (
    <Card>
      <CardHeader
        title="Usage this period"
        description={`${usage.enabled ? usage.plan.name : "Billing is off"} · ${day.format(new Date(usage.period.start))} – ${day.format(new Date(usage.period.end))}, across all clients.`}
      />
      <CardBody className="space-y-4">
        {usage.lines.map((line) => {
          const pct = line.limit ? Math.min(100, Math.round((line.used / line.limit) * 100)) : null;
          return (
            <div key={line.metric}>
              <div className="flex justify-between text-sm">
                <span className="text-zinc-700">{line.label}</span>
                <span className="tabular-nums text-zinc-900">
                  {formatNumber(line.used)}
                  {line.limit !== null ? ` of ${formatNumber(line.limit)}` : ""}
                </span>
              </div>
              {pct !== null && (
                <div role="progressbar" aria-label={line.label} aria-valuenow={line.used} aria-valuemin={0} aria-valuemax={line.limit ?? undefined} className="mt-1.5 h-1.5 rounded-full bg-zinc-100">
                  <div className="h-full rounded-full bg-brand-600" style={{ width: `${pct}%` }} />
                </div>
              )}
            </div>
          );
        })}
      </CardBody>
    </Card>
  );
}
