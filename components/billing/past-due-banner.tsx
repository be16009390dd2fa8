"use client";

import { useQuery } from "@tanstack/react-query";
import { CreditCard } from "lucide-react";
import Link from "next/link";
import { useWorkspace } from "@/components/shell/workspace-context";
import { useTRPC } from "@/lib/trpc/client";

/** Dunning: tells billing managers, on every page, that the last payment failed. */
export function PastDueBanner() {
  const trpc = useTRPC();
  const { slug, can } = useWorkspace();
  const manager = can("billing.manage");
  const { data } = useQuery({ ...trpc.billing.summary.queryOptions({ workspaceSlug: slug }), enabled: manager, staleTime: 60_000 });
  if (!manager || !data?.canManage || data.status !== "past_due" || !data.subscriptionLive) return null;
  return (
    <div role="region" aria-label="Billing" className="border-b border-red-200 bg-red-50">
      <div className="mx-auto flex max-w-6xl flex-wrap items-center gap-x-4 gap-y-2 px-4 py-2.5 sm:px-8">
        <CreditCard aria-hidden className="size-4 shrink-0 text-red-600" />
        <p className="flex-1 text-sm text-red-900">
          <span className="font-medium">Your last payment failed.</span> Update the payment method to keep the {data.plan.name} plan.
        </p>
        <Link href={`/${slug}/settings/billing`} className="text-sm font-medium text-red-800 underline underline-offset-4 hover:text-red-950">
          Fix billing
        </Link>
      </div>
    </div>
  );
}
