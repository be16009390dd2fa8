import { ArrowRight } from "lucide-react";
import { changeField, changeValue } from "@/lib/audit-labels";

interface Transition {
  from: unknown;
  to: unknown;
}

function isTransition(value: unknown): value is Transition {
  return typeof value === "object" && value !== null && "from" in value && "to" in value;
}

function FromTo({ from, to }: Transition) {
  return (
    <span className="inline-flex items-center gap-1">
      <span className="text-zinc-500 line-through decoration-zinc-300">{changeValue(from)}</span>
      <ArrowRight aria-label="changed to" className="size-3 text-zinc-400" />
      <span className="font-medium text-zinc-800">{changeValue(to)}</span>
    </span>
  );
}

/** A compact, readable view of an audit record's `changes`. */
export function AuditChanges({ changes }: { changes: Record<string, unknown> }) {
  if (isTransition(changes)) return <FromTo from={changes.from} to={changes.to} />;
  const entries = Object.entries(changes);
  if (entries.length === 0) return <span className="text-zinc-400">—</span>;
  return (
    <dl className="flex flex-wrap gap-x-3 gap-y-1 text-[13px]">
      {entries.map(([key, value]) => (
        <div key={key} className="inline-flex max-w-full items-center gap-1.5">
          <dt className="text-zinc-500">{changeField(key)}</dt>
          <dd className="min-w-0 truncate text-zinc-800">
            {isTransition(value) ? <FromTo from={value.from} to={value.to} /> : changeValue(value)}
          </dd>
        </div>
      ))}
    </dl>
  );
}
