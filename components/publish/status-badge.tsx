import { Badge } from "@/components/ui/badge";
import { cn } from "@/lib/utils";
import { statusLook } from "./status";
import type { EntryStatus } from "./types";

/** A job's (or proposal's) state as a badge with icon and words. */
export function JobStatusBadge({ status, className }: { status: EntryStatus; className?: string }) {
  const look = statusLook[status];
  return (
    <Badge tone={look.tone} className={className}>
      <look.icon aria-hidden className={cn(status === "publishing" && "animate-spin")} />
      {look.label}
    </Badge>
  );
}
