import type { UsageLine } from "@/server/billing/usage-summary";
import { cn } from "@/lib/utils";
import { formatNumber } from "@/lib/format";

/** One bar per metric; a metric without a limit shows its count only. */
export function UsageMeters({ usage }: { usage: UsageLine[] }) {
  return (
    <ul className="space-y-5">
      {usage.map((line) => (
        <li key={line.metric}>
          <UsageMeter line={line} />
        </li>
      ))}
    </ul>
  );
}

function UsageMeter({ line }: { line: UsageLine }) {
  const id = `usage-${line.metric}`;
  const limited = line.limit !== null;
  const ratio = limited ? (line.limit === 0 ? 1 : Math.min(1, line.used / line.limit!)) : 0;
  const over = limited && line.used > line.limit!;
  const full = limited && line.used >= line.limit!;
  const text = limited ? `${formatNumber(line.used)} of ${formatNumber(line.limit!)}${over ? ` (${formatNumber(line.used - line.limit!)} over)` : ""}` : `${formatNumber(line.used)}${line.metric === "tokens" ? "" : " · unlimited"}`;
  return (
    <div>
      <div className="mb-1.5 flex items-baseline justify-between gap-3 text-sm">
        <span id={id} className="font-medium text-zinc-800">
          {line.label}
        </span>
        <span className={cn("tabular-nums", full ? "font-medium text-red-700" : "text-zinc-500")}>{text}</span>
      </div>
      {limited && (
        <div
          role="progressbar"
          aria-labelledby={id}
          aria-valuemin={0}
          aria-valuemax={line.limit!}
          aria-valuenow={line.used}
          aria-valuetext={text}
          className="h-2 overflow-hidden rounded-full bg-zinc-100"
        >
          <div className={cn("h-full rounded-full", full ? "bg-red-500" : ratio >= 0.8 ? "bg-amber-500" : "bg-brand-600")} style={{ width: `${Math.round(ratio * 100)}%` }} />
        </div>
      )}
    </div>
  );
}
