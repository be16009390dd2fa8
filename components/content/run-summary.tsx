import { Card } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import { providerName } from "./content-labels";
import { formatNumber } from "@/lib/format";

interface Run {
  steps: { provider: string | null; durationMs: number }[];
  totals: { tokensIn: number; tokensOut: number; costUsd: number };
  startedAt: Date | null;
  finishedAt: Date | null;
  createdAt: Date;
}

/** Quality score, who wrote it, what it cost and how long it took, as a row of small stats. */
export function RunSummary({ run, qualityScore }: { run: Run; qualityScore: number | null }) {
  const providers = [...new Set(run.steps.map((s) => s.provider).filter((p): p is string => Boolean(p)))];
  const started = run.startedAt ?? run.createdAt;
  const seconds = run.finishedAt ? (new Date(run.finishedAt).getTime() - new Date(started).getTime()) / 1000 : null;
  const stats = [
    {
      label: "Quality score",
      value: qualityScore === null ? "—" : `${Number(qualityScore.toFixed(1))}/10`,
      tone: qualityScore === null ? undefined : qualityScore >= 8 ? "text-emerald-700" : qualityScore >= 6 ? "text-amber-700" : "text-red-700",
    },
    { label: "Written by", value: providers.length ? providers.map(providerName).join(", ") : "—" },
    { label: "Tokens", value: formatNumber(run.totals.tokensIn + run.totals.tokensOut) },
    { label: "Cost", value: run.totals.costUsd === 0 ? "$0" : `$${run.totals.costUsd.toFixed(4)}` },
    { label: "Time", value: seconds === null ? "—" : seconds < 60 ? `${seconds.toFixed(1)} s` : `${Math.round(seconds / 60)} min` },
  ];
  return (
    <Card className="grid grid-cols-2 divide-zinc-100 sm:grid-cols-5 sm:divide-x">
      {stats.map((s) => (
        <div key={s.label} className="px-5 py-4">
          <p className="text-xs font-medium text-zinc-500">{s.label}</p>
          <p className={cn("mt-1 truncate text-lg font-semibold tracking-tight text-zinc-950", s.tone)}>{s.value}</p>
        </div>
      ))}
    </Card>
  );
}
