/**
 * The dashboard's date range, kept in the URL: `?range=7|30|90` (the last N days, today included)
 * or `?from=YYYY-MM-DD&to=YYYY-MM-DD` (whole UTC days, both included). Ranges end at a UTC
 * midnight so the server's prefetch and the browser ask for the same thing all day long.
 */
export const presets = [7, 30, 90] as const;
export type Preset = (typeof presets)[number];
export const defaultPreset: Preset = 30;
const maxDays = 366;
const day = 86_400_000;

export interface DashboardRange {
  /** The preset, or null for a custom range. */
  preset: Preset | null;
  /** First and last day (YYYY-MM-DD, inclusive), for the date inputs and captions. */
  firstDay: string;
  lastDay: string;
  /** What the API takes: ISO instants, `to` exclusive. */
  from: string;
  to: string;
  /** Why the URL's range was not used, if it was not. */
  error: string | null;
}

const isoDay = (d: Date) => d.toISOString().slice(0, 10);
const dayPattern = /^\d{4}-\d{2}-\d{2}$/;

function parseDay(value: string | undefined): Date | null {
  if (!value || !dayPattern.test(value)) return null;
  const date = new Date(`${value}T00:00:00.000Z`);
  return Number.isNaN(date.getTime()) || isoDay(date) !== value ? null : date;
}

function fromDays(first: Date, last: Date, preset: Preset | null, error: string | null = null): DashboardRange {
  const end = new Date(last.getTime() + day);
  return { preset, firstDay: isoDay(first), lastDay: isoDay(last), from: first.toISOString(), to: end.toISOString(), error };
}

export function presetRange(preset: Preset, now = new Date(), error: string | null = null): DashboardRange {
  const today = new Date(Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate()));
  return fromDays(new Date(today.getTime() - (preset - 1) * day), today, preset, error);
}

type Params = Record<string, string | string[] | undefined>;
const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

/** The range a URL asks for; a bad one falls back to the default preset and says why. */
export function rangeFromParams(params: Params, now = new Date()): DashboardRange {
  const fromParam = one(params.from);
  const toParam = one(params.to);
  if (fromParam || toParam) {
    const first = parseDay(fromParam);
    const last = parseDay(toParam);
    if (!first || !last) return presetRange(defaultPreset, now, "Pick both a start and an end date.");
    if (last < first) return presetRange(defaultPreset, now, "The start date must be on or before the end date.");
    if ((last.getTime() - first.getTime()) / day + 1 > maxDays) return presetRange(defaultPreset, now, `Pick a range of at most ${maxDays} days.`);
    return fromDays(first, last, null);
  }
  const preset = Number(one(params.range));
  return presetRange((presets as readonly number[]).includes(preset) ? (preset as Preset) : defaultPreset, now);
}

/** The query string for a range (what the filter pushes to the URL). */
export function rangeSearch(range: { preset: Preset } | { firstDay: string; lastDay: string }): string {
  return "preset" in range ? `?range=${range.preset}` : `?from=${range.firstDay}&to=${range.lastDay}`;
}

/** "Nov 1, 2026 – Nov 30, 2026" for captions (each end formatted alone: ICU's formatRange spacing differs between server and browser). */
export function rangeLabel(range: DashboardRange): string {
  const fmt = new Intl.DateTimeFormat("en", { day: "numeric", month: "short", year: "numeric", timeZone: "UTC" });
  return `${fmt.format(new Date(range.from))} – ${fmt.format(new Date(new Date(range.to).getTime() - day))}`;
}
