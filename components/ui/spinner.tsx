import { LoaderCircle } from "lucide-react";
import { cn } from "@/lib/utils";

/** A spinning indicator. `label` is read by screen readers; pass null when the parent says it. */
export function Spinner({ className, label = "Loading" }: { className?: string; label?: string | null }) {
  return (
    <span role={label ? "status" : undefined} className="inline-flex">
      <LoaderCircle aria-hidden className={cn("size-5 animate-spin text-current", className)} />
      {label && <span className="sr-only">{label}</span>}
    </span>
  );
}
