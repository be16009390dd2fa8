/**
 * The one set of generation stage labels, for the run's messages (server) and the progress,
 * run log and analytics views (browser) alike.
 */
import type { StageName } from "@/server/ai/stage-schemas";

/** The pipeline's stages as the user sees them. */
export const stageLabels: Record<StageName, string> = {
  research: "Research",
  outline: "Outline",
  draft: "Draft",
  critique: "Quality check",
  revise: "Revision",
  seo: "SEO and format",
  image: "Image",
};

/** Every recorded step's label: the stages plus the run's own steps around them. */
export const stepLabels: Record<string, string> = {
  load: "Load",
  ...stageLabels,
  "image-asset": "Image file",
  finish: "Final check",
};

export function stageTitle(stage: StageName, round: number): string {
  return round > 0 ? `${stageLabels[stage]} (round ${round})` : stageLabels[stage];
}

/** "critique#2" → "Quality check (round 2)"; an unknown step keeps its name; none is "—". */
export function stepTitle(step: string | null | undefined): string {
  if (!step) return "—";
  const [base, round] = step.split("#");
  const name = stepLabels[base ?? ""] ?? base ?? step;
  return round ? `${name} (round ${round})` : name;
}

/** "Quality check" → "quality check" mid-sentence; acronyms ("SEO and format") stay as they are. */
export function midSentence(label: string): string {
  return /^\p{Lu}\p{Lu}/u.test(label) ? label : label.charAt(0).toLowerCase() + label.slice(1);
}
