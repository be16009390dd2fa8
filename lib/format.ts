/** The one formatting module: dates, relative times, numbers, money, rates and durations, in English. */
const dateTime = new Intl.DateTimeFormat("en", { dateStyle: "medium", timeStyle: "short" });
const dateOnly = new Intl.DateTimeFormat("en", { dateStyle: "medium" });
const relative = new Intl.RelativeTimeFormat("en", { numeric: "auto" });

export function formatDateTime(date: Date | string): string {
  return dateTime.format(new Date(date));
}

export function formatDate(date: Date | string): string {
  return dateOnly.format(new Date(date));
}

const steps: [Intl.RelativeTimeFormatUnit, number][] = [
  ["second", 60],
  ["minute", 60],
  ["hour", 24],
  ["day", 7],
  ["week", 4.35],
  ["month", 12],
  ["year", Number.POSITIVE_INFINITY],
];

/** "just now", "5 minutes ago", "in 6 days". */
export function formatRelative(date: Date | string, now = Date.now()): string {
  let value = (new Date(date).getTime() - now) / 1000;
  if (Math.abs(value) < 45) return "just now";
  for (const [unit, size] of steps) {
    if (Math.abs(value) < size) return relative.format(Math.round(value), unit);
    value /= size;
  }
  return formatDate(date);
}

export function pluralize(count: number, one: string, many = `${one}s`): string {
  return `${count} ${count === 1 ? one : many}`;
}

const number = new Intl.NumberFormat("en-US");
const usdCents = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", minimumFractionDigits: 2, maximumFractionDigits: 4 });
const usdWhole = new Intl.NumberFormat("en-US", { style: "currency", currency: "USD", maximumFractionDigits: 0 });

/** "12,345". */
export const formatNumber = (n: number) => number.format(n);
/** "$0.0123": costs, down to a hundredth of a cent. */
export const formatUsd = (n: number) => usdCents.format(n);
/** "$49": prices. */
export const formatWholeUsd = (n: number) => usdWhole.format(n);
/** 0.125 → "12.5 %"; null is "—". */
export const formatPercent = (rate: number | null) => (rate === null ? "—" : `${Math.round(rate * 1000) / 10} %`);

/** "850 ms", "4.2 s", "3.5 min"; null is "—". */
export function formatMs(ms: number | null): string {
  if (ms === null) return "—";
  if (ms < 1000) return `${Math.round(ms)} ms`;
  if (ms < 60_000) return `${Math.round(ms / 100) / 10} s`;
  return `${Math.round(ms / 6000) / 10} min`;
}
