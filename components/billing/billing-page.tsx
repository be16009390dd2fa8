"use client";

import { useSuspenseQuery } from "@tanstack/react-query";
import { useSearchParams } from "next/navigation";
import { Suspense } from "react";
import { SettingsTabs } from "@/components/settings/settings-tabs";
import { useWorkspace } from "@/components/shell/workspace-context";
import { Alert } from "@/components/ui/alert";
import { PageHeader } from "@/components/ui/page-header";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { CurrentPlan } from "./current-plan";
import { PlanOffers } from "./plan-offers";
import { UsageMeters } from "./usage-meters";

export function BillingPage() {
  const { workspace } = useWorkspace();
  return (
    <>
      <PageHeader eyebrow="Settings" title="Billing" description={`The plan and usage of ${workspace.organization?.name ?? "your organization"}, shared by all its workspaces.`} />
      <SettingsTabs />
      <div className="max-w-5xl space-y-4">
        <Suspense fallback={<Skeleton className="h-80 w-full rounded-2xl" />}>
          <BillingOverview />
        </Suspense>
      </div>
    </>
  );
}

function BillingOverview() {
  const trpc = useTRPC();
  const { slug } = useWorkspace();
  const checkout = useSearchParams().get("checkout");
  const { data } = useSuspenseQuery(trpc.billing.summary.queryOptions({ workspaceSlug: slug }));
  if (!data.enabled) {
    return (
      <>
        <Alert tone="info" title="Billing is not set up on this server">
          No Stripe key is configured, so nothing is limited or charged. Usage is still counted below.
        </Alert>
        <div className="rounded-2xl border border-zinc-200/80 bg-white p-6">
          <UsageMeters usage={data.usage} />
        </div>
      </>
    );
  }
  return (
    <>
      <div aria-live="polite">
        {checkout === "success" && !data.subscriptionLive && (
          <Alert tone="success" title="Thanks! Stripe is confirming your subscription">
            Your plan appears here as soon as Stripe tells us; reload in a moment.
          </Alert>
        )}
        {checkout === "cancelled" && <Alert tone="info">Checkout was cancelled; nothing was charged.</Alert>}
      </div>
      {!data.canManage && <Alert tone="info">Only the organization's owners and admins can change the plan. Ask one of them to upgrade.</Alert>}
      <CurrentPlan data={data} slug={slug} />
      {data.subscriptionLive ? (
        <p className="px-1 text-sm text-zinc-500">To switch plans, change the payment method or cancel, use Manage billing.</p>
      ) : (
        <PlanOffers data={data} slug={slug} />
      )}
    </>
  );
}
