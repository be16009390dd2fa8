import "server-only";

/**
 * Turns what went wrong into words a user can act on: which provider refused or was down, or
 * which rule the draft kept breaking ("the draft kept exceeding X's 280 characters").
 */
import type { DraftProblem } from "@/server/ai/check-draft";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import type { AllProvidersFailed } from "@/server/ai/router/all-providers-failed";
import type { AttemptRecord } from "@/server/ai/router/types";
import type { StageName } from "@/server/ai/stage-schemas";
import type { RunError } from "./run-error";
import { midSentence, stageLabels } from "./stages";

const providerNames: Record<string, string> = { openai: "OpenAI", anthropic: "Anthropic", google: "Google", offline: "The offline writer" };
const nameOf = (provider: string) => providerNames[provider] ?? provider;
const n = (value: number | undefined) => (value ?? 0).toLocaleString("en-US");

function providerPhrase(provider: string, attempts: AttemptRecord[]): { text: string; retryable: boolean } {
  const real = attempts.filter((a) => a.outcome !== "circuit_open");
  const last = real.at(-1) ?? attempts.at(-1)!;
  const name = nameOf(provider);
  if (last.statusCode === 401 || last.statusCode === 403) return { text: `${name} rejected the API key`, retryable: false };
  if (last.outcome === "transient_error" || last.outcome === "circuit_open") return { text: `${name} was unavailable`, retryable: true };
  if (last.outcome === "malformed_output") return { text: `${name} kept answering with malformed output (${last.error ?? "not the requested JSON"})`, retryable: true };
  return { text: `${name} refused the request (${last.error ?? "unknown error"})`, retryable: false };
}

export function explainProviderFailure(stage: StageName, error: AllProvidersFailed, skipped: Array<{ label: string; reason: string }> = []): RunError {
  const message = `The ${midSentence(stageLabels[stage])} stage failed: no AI provider gave a usable answer.`;
  if (error.attempts.length === 0) {
    const why = skipped.map((s) => `${s.label}: ${s.reason}`).join("; ");
    return { stage, message, cause: `no AI provider is usable${why ? ` (${why})` : ""}`, retryable: false };
  }
  const byProvider = new Map<string, AttemptRecord[]>();
  for (const attempt of error.attempts) byProvider.set(attempt.provider, [...(byProvider.get(attempt.provider) ?? []), attempt]);
  const phrases = [...byProvider].map(([provider, attempts]) => providerPhrase(provider, attempts));
  const allDown = phrases.every((p) => p.text.endsWith("was unavailable"));
  const cause = allDown ? (phrases.length > 1 ? "all providers unavailable" : phrases[0]!.text) : phrases.map((p) => p.text).join("; ");
  return { stage, message, cause, retryable: phrases.some((p) => p.retryable) };
}

function problemPhrase(problem: DraftProblem): string {
  const label = problem.platform ? platformRules[problem.platform].label : null;
  switch (problem.code) {
    case "too_long":
      return `the draft kept exceeding ${label ?? "the platform"}'s ${n(problem.limit)} characters`;
    case "too_many_hashtags":
      return `the draft kept using more than ${n(problem.limit)} hashtags on ${label ?? "the platform"}`;
    case "word_count_low":
    case "word_count_high":
      return `the draft kept missing the word count (${problem.message})`;
    case "avoid_word":
      return `the draft kept using words the brand book avoids (${problem.message})`;
    case "missing_post":
      return `the draft kept leaving out the ${label ?? "requested"} post`;
    default:
      return `the draft kept breaking a rule: ${problem.message}`;
  }
}

export function explainProblems(stage: StageName, problems: readonly DraftProblem[], rounds: number): RunError {
  const errors = problems.filter((p) => p.severity === "error");
  return {
    stage,
    message: `The draft still broke ${errors.length === 1 ? "a rule" : `${errors.length} rules`} after ${rounds} revision${rounds === 1 ? "" : "s"}: ${errors.map((p) => p.message).join(" ")}`,
    cause: [...new Set(errors.map(problemPhrase))].join("; "),
    retryable: true,
  };
}

export function internalError(stage: StageName, error: unknown): RunError {
  return {
    stage,
    message: `The ${midSentence(stageLabels[stage])} stage failed unexpectedly.`,
    cause: `an internal error (${error instanceof Error ? error.message.slice(0, 200) : String(error).slice(0, 200)})`,
    retryable: true,
  };
}
