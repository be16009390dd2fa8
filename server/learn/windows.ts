import "server-only";

/**
 * When the metrics workflow wakes: +6 h, +24 h and +72 h after the delivery's stored
 * `published_at` (not after the workflow started), so a late start or a recovered worker still
 * pulls at the right wall-clock times, and a window already past is pulled at once.
 */
const hour = 3_600_000;

export const metricWindows = [
  { name: "6h", afterMs: 6 * hour },
  { name: "24h", afterMs: 24 * hour },
  { name: "72h", afterMs: 72 * hour },
] as const;
export type MetricWindow = (typeof metricWindows)[number]["name"];
export const finalWindow: MetricWindow = "72h";

export function windowDueAt(publishedAt: Date, window: MetricWindow): Date {
  const spec = metricWindows.find((w) => w.name === window)!;
  return new Date(publishedAt.getTime() + spec.afterMs);
}

/** How long to sleep from `now` until the window is due (0 when it is already due). */
export function sleepMsUntil(publishedAt: Date, window: MetricWindow, now: number): number {
  return Math.max(0, windowDueAt(publishedAt, window).getTime() - now);
}

/** Every window with its due time and the wait from `now`, in order. */
export function windowPlan(publishedAt: Date, now: number): Array<{ window: MetricWindow; dueAt: Date; waitMs: number }> {
  return metricWindows.map((w) => ({ window: w.name, dueAt: windowDueAt(publishedAt, w.name), waitMs: sleepMsUntil(publishedAt, w.name, now) }));
}
