import type { ContentKind } from "@/lib/ai/brief";
import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";
import type { contentStatus } from "@/server/db/schema/content";
import { formatNumber } from "@/lib/format";

export type ContentStatus = (typeof contentStatus.enumValues)[number];
type Tone = "neutral" | "brand" | "success" | "warning" | "danger" | "muted";

export const statusLabels: Record<ContentStatus, { label: string; tone: Tone }> = {
  generating: { label: "Generating", tone: "brand" },
  generation_failed: { label: "Failed", tone: "danger" },
  cancelled: { label: "Cancelled", tone: "muted" },
  in_review: { label: "In review", tone: "warning" },
  changes_requested: { label: "Changes requested", tone: "warning" },
  approved: { label: "Approved", tone: "success" },
  scheduled: { label: "Scheduled", tone: "success" },
  publishing: { label: "Publishing", tone: "brand" },
  published: { label: "Published", tone: "success" },
  partially_published: { label: "Partly published", tone: "warning" },
  failed: { label: "Publishing failed", tone: "danger" },
};

export const kindLabels: Record<ContentKind, { label: string; description: string }> = {
  blog: { label: "Blog post", description: "A long-form article with SEO title, slug and meta description." },
  social: { label: "Social post", description: "One post per network, each within that network's limits." },
  thread: { label: "Thread", description: "A numbered series of posts, where the network has threads." },
};

export const platformLabel = (id: PlatformId) => platformRules[id].label;

/** "X · 280", "Facebook · 63,206": a chip's limit hint. */
export function platformLimit(id: PlatformId): string {
  return formatNumber(platformRules[id].maxChars);
}

/** The stepper's steps, in pipeline order; critique and revise show as one "Review" step. */
export const progressSteps = [
  { id: "research", label: "Research", stages: ["research"] },
  { id: "outline", label: "Outline", stages: ["outline"] },
  { id: "draft", label: "Draft", stages: ["draft"] },
  { id: "review", label: "Review", stages: ["critique", "revise"] },
  { id: "seo", label: "SEO", stages: ["seo"] },
  { id: "image", label: "Image", stages: ["image"] },
] as const;
export type ProgressStepId = (typeof progressSteps)[number]["id"];

/** The step a stage name ("critique", "critique#2", "seo") belongs to, or null. */
export function stepOf(stage: string | null | undefined): ProgressStepId | null {
  if (!stage) return null;
  const base = stage.split("#")[0];
  return progressSteps.find((s) => (s.stages as readonly string[]).includes(base ?? ""))?.id ?? null;
}

export const runStatusLabels: Record<string, string> = {
  queued: "Queued",
  running: "Running",
  succeeded: "Succeeded",
  failed: "Failed",
  cancelled: "Cancelled",
  timed_out: "Timed out",
};

export const providerNames: Record<string, string> = {
  offline: "Offline writer",
  openai: "OpenAI",
  anthropic: "Anthropic",
  google: "Google",
  "openai-compatible": "OpenAI-compatible",
};

export function providerName(provider: string | null | undefined): string {
  if (!provider) return "—";
  return providerNames[provider] ?? provider;
}
