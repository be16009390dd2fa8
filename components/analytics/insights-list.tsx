"use client";

import { useQuery } from "@tanstack/react-query";
import { Lightbulb, TrendingDown, TrendingUp } from "lucide-react";
import { Card, CardBody, CardHeader } from "@/components/ui/card";
import { Skeleton } from "@/components/ui/skeleton";
import { useTRPC } from "@/lib/trpc/client";
import { useDashboard } from "./dashboard-context";
import { formatLift, platformName } from "./format";

/** What the loop has learned, in plain sentences ("Question hooks got 2.3× …"), at the top of the page. */
export function InsightsList() {
  const trpc = useTRPC();
  const { slug } = useDashboard();
  const query = useQuery(trpc.analytics.insights.queryOptions({ workspaceSlug: slug }));
  const insights = query.data ?? [];

  return (
    <Card role="region" aria-labelledby="insights-title" className="border-brand-200 bg-gradient-to-br from-brand-50/80 to-white">
      <CardHeader
        title={
          <span id="insights-title" className="inline-flex items-center gap-2">
            <Lightbulb aria-hidden className="size-4 text-brand-600" /> What works for you
          </span>
        }
        description="Patterns with enough posts behind them, compared with your own median engagement. Generation leans on these."
      />
      <CardBody className="pt-4">
        {query.isPending ? (
          <div className="space-y-2">
            <Skeleton className="h-5 w-3/4" />
            <Skeleton className="h-5 w-2/3" />
          </div>
        ) : query.error ? (
          <p role="alert" className="text-sm text-red-700">
            Could not load insights: {query.error.message}
          </p>
        ) : insights.length === 0 ? (
          <p className="text-sm leading-6 text-zinc-600">
            No patterns yet. Publish posts and let metrics arrive (6 h, 24 h and 72 h after publishing); once a pattern has enough posts, it shows up here.
          </p>
        ) : (
          <ul className="space-y-2.5">
            {insights.map((i) => {
              const up = i.lift >= 1;
              const Icon = up ? TrendingUp : TrendingDown;
              return (
                <li key={`${i.platform}-${i.dimension}-${i.value}`} className="flex items-start gap-3">
                  <span
                    className={
                      up
                        ? "mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-lg bg-emerald-100 text-emerald-700"
                        : "mt-0.5 flex size-7 shrink-0 items-center justify-center rounded-lg bg-amber-100 text-amber-700"
                    }
                  >
                    <Icon aria-hidden className="size-4" />
                  </span>
                  <div className="min-w-0">
                    <p className="text-[15px] leading-6 font-medium text-zinc-900">{i.text}</p>
                    <p className="text-xs text-zinc-500">
                      {platformName(i.platform)} · {formatLift(i.lift)} · {i.samples} posts
                    </p>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </CardBody>
    </Card>
  );
}
