/** A headline number with its label, for the top of a chart card. */
export function Stat({ label, value, hint }: { label: string; value: string; hint?: string }) {
  return (
    <div className="min-w-0 rounded-xl bg-zinc-50 px-3 py-2.5">
      <dt className="truncate text-xs text-zinc-500">{label}</dt>
      <dd className="mt-0.5 text-lg font-semibold text-zinc-950 tabular-nums">{value}</dd>
      {hint && <dd className="text-xs text-zinc-500">{hint}</dd>}
    </div>
  );
}
