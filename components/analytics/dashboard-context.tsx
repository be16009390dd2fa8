"use client";

import { createContext, useContext, type ReactNode } from "react";
import type { AnalyticsTable } from "@/server/analytics/schemas";
import type { DashboardRange } from "./range";

interface Dashboard {
  slug: string;
  range: DashboardRange;
  /** The input every range query takes. */
  input: { workspaceSlug: string; from: string; to: string };
  /** The export route's URL for one table over the current range. */
  csvHref: (table: AnalyticsTable) => string;
}

const DashboardContext = createContext<Dashboard | null>(null);

export function DashboardProvider({ slug, range, children }: { slug: string; range: DashboardRange; children: ReactNode }) {
  const input = { workspaceSlug: slug, from: range.from, to: range.to };
  const csvHref = (table: AnalyticsTable) =>
    `/api/analytics/export?${new URLSearchParams({ workspace: slug, table, from: range.from, to: range.to }).toString()}`;
  return <DashboardContext.Provider value={{ slug, range, input, csvHref }}>{children}</DashboardContext.Provider>;
}

export function useDashboard(): Dashboard {
  const value = useContext(DashboardContext);
  if (!value) throw new Error("useDashboard must be used inside DashboardProvider");
  return value;
}
