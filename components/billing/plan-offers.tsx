"use client";

import { Button } from "@/components/ui/button";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { cn } from "@/lib/utils";
import { formatWholeUsd } from "@/lib/format";
import type { BillingData } from "./types";
import { useBillingRedirect } from "./use-billing-redirect";

/** The paid plans with monthly and yearly upgrade buttons (each goes to Stripe Checkout). */
export function PlanOffers({ data, slug }: { data: BillingData; slug: string }) {
  const { checkout } = useBillingRedirect();
  const pending = checkout.isPending ? checkout.variables : null;
  return (
    <Card>
      <CardHeader title="Plans" description="Yearly billing gets two months free. You can change or cancel any time in the billing portal." />
      <CardBody>
        <ul className="grid gap-4 md:grid-cols-3">
          {data.offers.map((offer) => {
            const current = data.subscriptionLive && data.plan.id === offer.id;
            return (
              <li key={offer.id} className={cn("flex flex-col rounded-xl border p-4", current ? "border-brand-300 bg-brand-50/40" : "border-zinc-200")}>
                <h3 className="text-[15px] font-semibold text-zinc-950">{offer.name}</h3>
                <p className="mt-1 text-sm text-zinc-900">
                  <span className="text-xl font-semibold">{formatWholeUsd(offer.monthlyUsd)}</span> a month, or {formatWholeUsd(offer.yearlyUsd)} a year
                </p>
                <p className="mt-2 flex-1 text-sm leading-6 text-zinc-500">{offer.summary}</p>
                {current ? (
                  <p className="mt-4 text-sm font-medium text-brand-700">Your current plan</p>
                ) : (
                  <div className="mt-4 flex flex-wrap gap-2">
                    {(["month", "year"] as const).map((interval) => {
                      const offered = interval === "month" ? offer.monthly : offer.yearly;
                      if (!offered) return null;
                      const label = `${offer.name} ${interval === "month" ? "monthly" : "yearly"}`;
                      return (
                        <Button
                          key={interval}
                          size="sm"
                          variant={interval === "month" ? "primary" : "secondary"}
                          aria-label={`Upgrade to ${label}`}
                          disabled={!data.canManage || data.subscriptionLive || checkout.isPending}
                          loading={pending?.plan === offer.id && pending.interval === interval}
                          onClick={() => checkout.mutate({ workspaceSlug: slug, plan: offer.id, interval })}
                        >
                          {interval === "month" ? "Monthly" : "Yearly"}
                        </Button>
                      );
                    })}
                  </div>
                )}
              </li>
            );
          })}
        </ul>
      </CardBody>
    </Card>
  );
}
