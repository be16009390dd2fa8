import { TriangleAlert } from "lucide-react";
import Link from "next/link";
import { cn } from "@/lib/utils";
import type { PublishJob } from "./types";

type PublishRisk = NonNullable<PublishJob["risk"]>;

const fixes: Record<PublishRisk["fix"], { label: string; href: (slug: string, itemId: string) => string }> = {
  reconnect: { label: "Reconnect the channel", href: (slug) => `/${slug}/channels` },
  edit: { label: "Edit the content", href: (slug, itemId) => `/${slug}/content/${itemId}` },
  approve: { label: "Review and approve", href: (slug, itemId) => `/${slug}/review/${itemId}` },
  upgrade: { label: "Open billing", href: (slug) => `/${slug}/settings/billing` },
};

/** "At risk" as icon and words (never colour alone), for chips and badges. */
export function AtRiskMark({ className }: { className?: string }) {
  return (
    <span className={cn("inline-flex shrink-0 items-center gap-0.5 font-medium text-amber-800", className)}>
      <TriangleAlert aria-hidden className="size-3" />
      At risk
    </span>
  );
}

/** What pre-flight found before the slot, and the fix, as a link. */
export function RiskNote({ risk, slug, contentItemId, className }: { risk: PublishRisk; slug: string; contentItemId: string; className?: string }) {
  const fix = fixes[risk.fix];
  return (
    <p className={cn("text-[13px] leading-5 text-amber-900", className)}>
      <AtRiskMark className="mr-1 align-[-1px]" />
      {risk.message}{" "}
      <Link href={fix.href(slug, contentItemId)} className="font-medium underline underline-offset-2">
        {fix.label}
      </Link>
    </p>
  );
}
