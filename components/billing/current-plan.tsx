"use client";

import { Alert } from "@/components/ui/alert";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { dayMonthYear, statusOf } from "./format";
import type { BillingData } from "./types";
import { UsageMeters } from "./usage-meters";
import { useBillingRedirect } from "./use-billing-redirect";

function planLine(data: BillingData): string {
  if (!data.subscriptionLive) {
    if (data.blocked) return data.blocked;
    return data.trialEndsAt ? `Free trial with Starter's limits until ${dayMonthYear(data.trialEndsAt)}.` : "Free trial.";
  }
  const billed = data.interval === "year" ? "billed yearly" : "billed monthly";
  const renews = data.cancelAtPeriodEnd ? "ends" : "renews";
  return `${data.plan.name}, ${billed}; ${renews} on ${dayMonthYear(data.period.end)}.`;
}

/** The organization's plan and status, this period's usage, and Manage billing (Stripe's portal). */
export function CurrentPlan({ data, slug }: { data: BillingData; slug: string }) {
  const { portal } = useBillingRedirect();
  const status = data.subscriptionLive || data.hasSubscription ? statusOf(data.status) : data.blocked ? statusOf("canceled") : statusOf("trialing");
  return (
    <Card>
      <CardHeader
        title={
          <span className="flex items-center gap-2">
            {data.subscriptionLive ? data.plan.name : "Free trial"}
            <Badge tone={status.tone}>{status.label}</Badge>
          </span>
        }
        description={planLine(data)}
        actions={
          data.canManage && data.hasSubscription ? (
            <Button variant="secondary" loading={portal.isPending} onClick={() => portal.mutate({ workspaceSlug: slug })}>
              Manage billing
            </Button>
          ) : null
        }
      />
      <CardBody className="space-y-5">
        {data.status === "past_due" && data.subscriptionLive && (
          <Alert tone="danger" title="Your last payment failed">
            Stripe will retry the card. Update the payment method with Manage billing to keep your plan.
          </Alert>
        )}
        <div>
          <h3 className="mb-3 text-sm font-medium text-zinc-500">
            Usage from {dayMonthYear(data.period.start)} to {dayMonthYear(new Date(new Date(data.period.end).getTime() - 1))}
          </h3>
          <UsageMeters usage={data.usage} />
        </div>
      </CardBody>
    </Card>
  );
}
