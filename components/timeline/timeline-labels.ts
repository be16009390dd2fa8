import { BarChart3, CircleDot, Cpu, type LucideIcon, Send, UserCheck } from "lucide-react";
import type { TimelineEntry } from "@/server/timeline/types";

type Kind = TimelineEntry["kind"];
type Outcome = NonNullable<TimelineEntry["outcome"]>;

export const kindIcons: Record<Kind, LucideIcon> = {
  request: CircleDot,
  stage: Cpu,
  review: UserCheck,
  delivery: Send,
  metrics: BarChart3,
};

export const kindNames: Record<Kind, string> = {
  request: "Request",
  stage: "Generation stage",
  review: "Review",
  delivery: "Delivery",
  metrics: "Metrics",
};

type Tone = "success" | "danger" | "warning" | "muted" | "brand";
const outcomeLabels: Record<Outcome, { label: string; tone: Tone }> = {
  ok: { label: "OK", tone: "success" },
  failed: { label: "Failed", tone: "danger" },
  skipped: { label: "Skipped", tone: "muted" },
  running: { label: "Running", tone: "brand" },
};

/** The outcome badge, in the words of the entry's kind (a review is not "failed", a metrics pull is "missed"). */
export function outcomeBadge(kind: Kind, outcome: Outcome): { label: string; tone: Tone } {
  if (kind === "review") return outcome === "ok" ? { label: "Approved", tone: "success" } : { label: "Not approved", tone: "warning" };
  if (kind === "metrics" && outcome === "failed") return { label: "Missed", tone: "warning" };
  if (kind === "delivery" && outcome === "running") return { label: "Pending", tone: "brand" };
  return outcomeLabels[outcome];
}

export function formatDuration(ms: number): string {
  if (ms < 1000) return `${ms} ms`;
  if (ms < 60_000) return `${(ms / 1000).toFixed(1)} s`;
  const minutes = ms / 60_000;
  return minutes < 120 ? `${minutes.toFixed(1)} min` : `${(minutes / 60).toFixed(1)} h`;
}

export const formatCost = (usd: number) => (usd === 0 ? "$0" : usd < 0.01 ? `$${usd.toFixed(4)}` : `$${usd.toFixed(2)}`);

const urlPattern = /(https?:\/\/[^\s)]+)/g;

/** Splits text into plain parts and http(s) links (permalinks in delivery details). */
export function linkParts(text: string): Array<{ text: string; href: string | null }> {
  return text
    .split(urlPattern)
    .filter(Boolean)
    .map((part) => ({ text: part, href: /^https?:\/\//.test(part) ? part : null }));
}
