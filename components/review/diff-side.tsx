import type { ChangeObject } from "diff";

/**
 * One side of a side-by-side diff. Removed words (left) are <del>, added words (right) are <ins>;
 * each carries a text label for screen readers and a strike-through or underline, so the change
 * never depends on colour alone.
 */
export function DiffSide({ changes, side }: { changes: ChangeObject<string>[]; side: "before" | "after" }) {
  return (
    <p className="text-sm leading-6 break-words whitespace-pre-wrap text-zinc-800">
      {changes.map((c, i) => {
        if (c.removed) {
          return side === "before" ? (
            <del key={i} className="rounded-sm bg-red-100 text-red-900 decoration-red-700 decoration-2">
              <span className="sr-only">[removed: </span>
              {c.value}
              <span className="sr-only">]</span>
            </del>
          ) : null;
        }
        if (c.added) {
          return side === "after" ? (
            <ins key={i} className="rounded-sm bg-emerald-100 text-emerald-900 underline decoration-emerald-700 decoration-2 underline-offset-2">
              <span className="sr-only">[added: </span>
              {c.value}
              <span className="sr-only">]</span>
            </ins>
          ) : null;
        }
        return <span key={i}>{c.value}</span>;
      })}
    </p>
  );
}
