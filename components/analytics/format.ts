import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";

export const weekdays = ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"] as const;
export const weekdayNames = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"] as const;

export const formatHours = (h: number | null) => (h === null ? "—" : h < 1 ? `${Math.round(h * 60)} min` : `${Math.round(h * 10) / 10} h`);
export const formatScore = (s: number | null) => (s === null ? "—" : (Math.round(s * 100) / 100).toString());
export const formatLift = (lift: number | null) => (lift === null ? "—" : `${Math.round(lift * 10) / 10}×`);

/** "LinkedIn" for "linkedin"; the blog and unknown ids read as given. */
export function platformName(platform: string): string {
  if (platform === "blog") return "Blog";
  return platform in platformRules ? platformRules[platform as PlatformId].label : platform;
}

/** "Week of 3 Nov" for a Monday "2026-11-03". */
export function weekLabel(week: string): string {
  return new Date(`${week}T00:00:00Z`).toLocaleDateString("en", { day: "numeric", month: "short", timeZone: "UTC" });
}

/** "Nov 2026" for "2026-11". */
export function monthLabel(month: string): string {
  return new Date(`${month}-01T00:00:00Z`).toLocaleDateString("en", { month: "short", year: "numeric", timeZone: "UTC" });
}

export const hourLabel = (hour: number) => `${String(hour).padStart(2, "0")}:00`;

/** A fixed palette, each paired with a text label in legends, tables and tooltips. */
export const seriesColors = ["#4f46e5", "#0d9488", "#d97706", "#db2777", "#2563eb", "#65a30d", "#7c3aed", "#dc2626"] as const;
export const colorAt = (i: number) => seriesColors[i % seriesColors.length]!;
