/** One thing wrong with a post or draft. `error` blocks review; `warning` is shown but allowed. */
export type ProblemCode =
  | "empty"
  | "too_long"
  | "too_many_hashtags"
  | "avoid_word"
  | "tone"
  | "word_count_low"
  | "word_count_high"
  | "missing_post"
  | "structure"
  | "keyword_missing";

export type Problem = {
  code: ProblemCode;
  severity: "error" | "warning";
  message: string;
  limit?: number;
  actual?: number;
};

export function hasBlockingProblem(problems: readonly Problem[]): boolean {
  return problems.some((p) => p.severity === "error");
}
