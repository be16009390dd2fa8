"use client";

import { PageHeader } from "@/components/ui/page-header";
import { CostsChart } from "./costs-chart";
import { DashboardProvider } from "./dashboard-context";
import { InsightsList } from "./insights-list";
import { PatternChart } from "./pattern-chart";
import { PlatformChart } from "./platform-chart";
import { ProductionChart } from "./production-chart";
import { rangeLabel, type DashboardRange } from "./range";
import { RangeFilter } from "./range-filter";
import { ReviewChart } from "./review-chart";
import { SlotHeatmap } from "./slot-heatmap";
import { StagesChart } from "./stages-chart";
import { TopPosts } from "./top-posts";

/** The analytics dashboard: what the loop produced, how review went, what it cost and what worked. */
export function AnalyticsPage({ slug, range }: { slug: string; range: DashboardRange }) {
  return (
    <DashboardProvider slug={slug} range={range}>
      <PageHeader
        title="Analytics"
        description={
          <span suppressHydrationWarning>
            What the loop produced, how review went, what it cost and what your audience responded to · {rangeLabel(range)} (UTC)
          </span>
        }
      />
      <div className="mb-6">
        <RangeFilter range={range} />
      </div>
      <div className="space-y-6">
        <InsightsList />
        <section aria-label="Engagement" className="grid gap-6 lg:grid-cols-2">
          <PlatformChart />
          <PatternChart />
          <SlotHeatmap />
          <TopPosts />
        </section>
        <section aria-label="Production and review" className="grid gap-6 lg:grid-cols-2">
          <ProductionChart />
          <ReviewChart />
          <StagesChart />
          <CostsChart />
        </section>
      </div>
    </DashboardProvider>
  );
}
