import type { ReactNode } from "react";
import type { BrandBook } from "@/lib/ai/brief";
import { brandBookFieldLabels, type BrandBookField } from "@/lib/brand/fields";
import { cn } from "@/lib/utils";

function Empty() {
  return <span className="text-sm text-zinc-400 italic">Not set</span>;
}

function Tags({ values }: { values: string[] }) {
  if (values.length === 0) return <Empty />;
  return (
    <ul className="flex flex-wrap gap-1.5">
      {values.map((v) => (
        <li key={v} className="rounded-md border border-zinc-200 bg-zinc-50 px-2 py-0.5 text-[13px] text-zinc-800">
          {v}
        </li>
      ))}
    </ul>
  );
}

function Text({ value }: { value: string }) {
  return value ? <p className="text-sm leading-6 whitespace-pre-wrap text-zinc-800">{value}</p> : <Empty />;
}

/** A brand book, read-only: for roles that cannot edit it and for viewing an older version. */
export function BrandBookView({ book, highlight = [], className }: { book: BrandBook; highlight?: BrandBookField[]; className?: string }) {
  const rows: Array<[BrandBookField, ReactNode]> = [
    ["voice", <Text key="voice" value={book.voice} />],
    ["audience", <Text key="audience" value={book.audience} />],
    ["pillars", <Tags key="pillars" values={book.pillars} />],
    ["avoidWords", <Tags key="avoid" values={book.avoidWords} />],
    ["hashtags", <Tags key="hashtags" values={book.hashtags} />],
    ["ctas", <Tags key="ctas" values={book.ctas} />],
    [
      "examples",
      book.examples.length === 0 ? (
        <Empty key="examples" />
      ) : (
        <ol key="examples" className="space-y-2">
          {book.examples.map((e, i) => (
            <li key={i} className="rounded-xl border border-zinc-200 bg-zinc-50/60 px-3.5 py-2.5 text-sm leading-6 whitespace-pre-wrap text-zinc-800">
              <span className="sr-only">Example {i + 1}: </span>
              {e}
            </li>
          ))}
        </ol>
      ),
    ],
  ];
  return (
    <dl className={cn("divide-y divide-zinc-100", className)}>
      {rows.map(([field, value]) => (
        <div key={field} className="grid gap-1.5 py-4 first:pt-0 last:pb-0 sm:grid-cols-[180px_minmax(0,1fr)] sm:gap-6">
          <dt className="flex items-start gap-2 text-sm font-medium text-zinc-600">
            {brandBookFieldLabels[field]}
            {highlight.includes(field) && (
              <span className="mt-0.5 rounded-full bg-brand-50 px-1.5 py-px text-[10px] font-semibold tracking-wide text-brand-700 uppercase">
                Changed
              </span>
            )}
          </dt>
          <dd className="min-w-0">{value}</dd>
        </div>
      ))}
    </dl>
  );
}
