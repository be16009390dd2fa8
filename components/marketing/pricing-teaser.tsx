import { Check } from "lucide-react";
import Link from "next/link";
import { Button } from "@/components/ui/button";
import { cn } from "@/lib/utils";

const plans = [
  {
    name: "Starter",
    price: "$149",
    audience: "For a single brand getting consistent.",
    features: ["1 brand workspace", "3 channels", "60 pieces a month", "3 team seats", "Approval workflow"],
  },
  {
    name: "Pro",
    price: "$499",
    audience: "For growing teams and small agencies.",
    features: ["5 brand workspaces", "Unlimited channels", "300 pieces a month", "15 team seats", "Learning from performance"],
    featured: true,
  },
  {
    name: "Enterprise",
    price: "$1,499",
    audience: "For agencies running many clients.",
    features: ["Unlimited workspaces", "White-label and custom domains", "1,500 pieces a month", "Unlimited seats", "Priority support"],
  },
];

export function PricingTeaser() {
  return (
    <section id="pricing" aria-labelledby="pricing-title" className="scroll-mt-20 border-t border-zinc-200/70 bg-zinc-50 py-24">
      <div className="mx-auto max-w-6xl px-6">
        <div className="mx-auto max-w-2xl text-center">
          <p className="text-sm font-semibold text-brand-600">Pricing</p>
          <h2 id="pricing-title" className="mt-2 text-3xl font-semibold tracking-tight text-zinc-950 sm:text-4xl">
            Plans that grow with your roster
          </h2>
          <p className="mt-4 text-lg leading-8 text-zinc-600">Every plan starts with a 14-day free trial.</p>
        </div>
        <div className="mt-14 grid gap-6 lg:grid-cols-3">
          {plans.map((plan) => (
            <div
              key={plan.name}
              className={cn(
                "relative flex flex-col rounded-2xl border bg-white p-7",
                plan.featured ? "border-brand-300 shadow-xl shadow-brand-900/10 ring-1 ring-brand-200" : "border-zinc-200 shadow-xs",
              )}
            >
              {plan.featured && (
                <span className="absolute -top-3 left-7 rounded-full bg-brand-600 px-2.5 py-0.5 text-xs font-semibold text-white">
                  Most popular
                </span>
              )}
              <h3 className="text-base font-semibold text-zinc-950">{plan.name}</h3>
              <p className="mt-1 text-sm text-zinc-500">{plan.audience}</p>
              <p className="mt-6 flex items-baseline gap-1">
                <span className="text-4xl font-semibold tracking-tight text-zinc-950">{plan.price}</span>
                <span className="text-sm text-zinc-500">/ month</span>
              </p>
              <ul className="mt-6 flex-1 space-y-3 text-sm text-zinc-700">
                {plan.features.map((f) => (
                  <li key={f} className="flex gap-2.5">
                    <Check aria-hidden className="mt-0.5 size-4 shrink-0 text-brand-600" />
                    {f}
                  </li>
                ))}
              </ul>
              <Button asChild variant={plan.featured ? "primary" : "secondary"} className="mt-8 w-full">
                <Link href="/sign-up">Choose {plan.name}</Link>
              </Button>
            </div>
          ))}
        </div>
      </div>
    </section>
  );
}
