import { Badge } from "@/components/ui/badge";
import { Spinner } from "@/components/ui/spinner";
import { statusLabels, type ContentStatus } from "./content-labels";

export function StatusBadge({ status, percent }: { status: ContentStatus; percent?: number | null }) {
  const { label, tone } = statusLabels[status];
  return (
    <Badge tone={tone}>
      {status === "generating" && <Spinner className="size-3" label={null} />}
      {label}
      {status === "generating" && percent != null && <span className="tabular-nums opacity-75">{percent} %</span>}
    </Badge>
  );
}
