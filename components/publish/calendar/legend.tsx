import { TriangleAlert } from "lucide-react";
import { cn } from "@/lib/utils";
import { entryStatuses, statusLook } from "../status";

/** What each colour (and icon) means. */
export function CalendarLegend() {
  return (
    <ul aria-label="Legend" className="flex flex-wrap gap-x-4 gap-y-1.5 text-[12px] text-zinc-600">
      {entryStatuses.map((s) => {
        const look = statusLook[s];
        return (
          <li key={s} className="inline-flex items-center gap-1.5" title={look.hint}>
            <span aria-hidden className={cn("inline-flex size-4 items-center justify-center rounded border [&_svg]:size-2.5", look.swatch)}>
              <look.icon />
            </span>
            {look.label}
          </li>
        );
      })}
      <li className="inline-flex items-center gap-1.5" title="Pre-flight found something that would make it fail at its time">
        <span aria-hidden className="inline-flex size-4 items-center justify-center rounded border border-amber-400 bg-amber-50 text-amber-700">
          <TriangleAlert className="size-2.5" />
        </span>
        At risk
      </li>
    </ul>
  );
}
