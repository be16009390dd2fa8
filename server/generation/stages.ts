import "server-only";

/**
 * The pipeline's stages as the user sees them: a label, the percent range the progress bar moves
 * through, and the key a stage's version and step rows are recorded under.
 */
import type { StageName } from "@/server/ai/stage-schemas";
import { midSentence, stageLabels, stageTitle } from "@/lib/generation/stage-labels";

export { midSentence, stageLabels, stageTitle };

/** QA rounds: critique → revise at most this many times before the draft must pass the rules. */
export const maxRevisionRounds = 2;
/** A critique at or above this score (with no rule errors) ends the QA loop. */
export const passingScore = 8;

const ranges: Record<StageName, (round: number) => [number, number]> = {
  research: () => [2, 12],
  outline: () => [12, 24],
  draft: () => [24, 45],
  critique: (round) => (round <= 1 ? [45, 55] : [65, 72]),
  revise: (round) => (round <= 1 ? [55, 65] : [72, 80]),
  seo: () => [80, 95],
  image: () => [80, 95],
};

export function stagePercent(stage: StageName, round: number, phase: "start" | "end"): number {
  const [start, end] = ranges[stage](round);
  return phase === "start" ? start : end;
}

/** "critique" / "critique#2": the DBOS step name and the content version's source. */
export function stageKey(stage: StageName, round: number): string {
  return round > 0 ? `${stage}#${round}` : stage;
}

/** A checkpointed step's name ("revise#2", "finish") in words, for messages. */
export function describeStep(name: string): string {
  const [stage, round] = name.split("#");
  if (stage && stage in stageLabels) return `the ${midSentence(stageTitle(stage as StageName, Number(round ?? 0)))} stage`;
  if (name === "finish") return "the final check";
  return "the start";
}
