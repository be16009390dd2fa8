"use client";

import { useQuery } from "@tanstack/react-query";
import { useTRPC } from "@/lib/trpc/client";
import { useDashboard } from "./dashboard-context";

/** The engagement query, shared (and fetched once) by the platform, pattern and time-slot charts. */
export function useEngagement() {
  const trpc = useTRPC();
  const { input } = useDashboard();
  return useQuery(trpc.analytics.engagement.queryOptions(input));
}

export const noMetricsYet = "Publish posts to see engagement; metrics arrive 6 h after publishing.";
