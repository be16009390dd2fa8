import type { AnalyticsContext } from "./context";
import type { AnalyticsTable, RangeInput } from "./schemas";

/** CSV of one table behind a dashboard chart (first cut: header only; filled in below). */
export async function analyticsTableCsv(_ctx: AnalyticsContext, table: AnalyticsTable, _range: RangeInput): Promise<string> {
  return `table\r\n${table}\r\n`;
}
