import "server-only";

/**
 * Draft, critique and revise. Whoever writes, every draft passes the rule check (word count,
 * platform limits, hashtags, avoided words, one H1); the critique's score and the rule errors
 * decide whether another revision is needed, and after the last revision any remaining rule
 * error fails the run, so a post that breaks a limit never reaches review.
 */
import { checkDraft, type DraftProblem } from "@/server/ai/check-draft";
import { countWords } from "@/lib/ai/platforms/word-count";
import { critiqueSchema, draftSchema, type Critique, type Draft, type Outline } from "@/server/ai/stage-schemas";
import { explainProblems } from "../explain-failure";
import type { GenerationPlan } from "../load-plan";
import { critiquePrompt, draftPrompt, revisePrompt } from "../prompts/stage-prompts";
import type { StageSpec } from "../stage-spec";
import { maxRevisionRounds, passingScore } from "../stages";
import { objectCall } from "./model-call";

export type Review = { score: number; pass: boolean; critique: Critique; problems: string[] };

const errorsOf = (problems: readonly DraftProblem[]) => problems.filter((p) => p.severity === "error");
const describeProblems = (problems: readonly DraftProblem[]) => problems.map((p) => (p.platform ? `${p.platform}${p.part ? ` part ${p.part}` : ""}: ${p.message}` : p.message));

/** Only the requested platforms, in the requested order (a model may add or reorder posts). */
function tidy(plan: GenerationPlan, draft: Draft): Draft {
  const posts = plan.brief.request.kind === "blog" ? [] : draft.posts.filter((p) => plan.brief.request.platforms.includes(p.platform));
  return { title: draft.title.trim(), body: draft.body.trim(), posts };
}

function draftSummary(draft: Draft, problems: readonly DraftProblem[]): string {
  const errors = errorsOf(problems).length;
  return `${countWords(draft.body)} words${draft.posts.length ? `, ${draft.posts.length} post${draft.posts.length === 1 ? "" : "s"}` : ""}${errors ? `, ${errors} rule problem${errors === 1 ? "" : "s"} to fix` : ""}`;
}

export function draftStage(plan: GenerationPlan, outline: Outline): StageSpec<Draft, Draft> {
  return {
    stage: "draft",
    round: 0,
    call: objectCall("draft", plan, draftSchema, draftPrompt(plan.brief, outline), { outline }),
    finish: (raw) => {
      const draft = tidy(plan, raw);
      return { result: draft, version: draft, makeCurrent: true, summary: draftSummary(draft, checkDraft(plan.brief, draft)) };
    },
  };
}

export function critiqueStage(plan: GenerationPlan, draft: Draft, round: number): StageSpec<Critique, Review> {
  const problems = checkDraft(plan.brief, draft);
  return {
    stage: "critique",
    round,
    call: objectCall("critique", plan, critiqueSchema, critiquePrompt(plan.brief, draft, describeProblems(problems)), { draft }),
    finish: (critique) => {
      const score = Math.round(Math.min(10, Math.max(0, critique.score)) * 10) / 10;
      const errors = errorsOf(problems);
      const pass = score >= passingScore && errors.length === 0;
      const verdict = pass ? "passes" : errors.length > 0 ? `${errors.length} rule problem${errors.length === 1 ? "" : "s"} to fix` : `below ${passingScore}, revising`;
      return {
        result: { score, pass, critique, problems: describeProblems(errors) },
        version: { ...draft, qualityScore: score },
        makeCurrent: true,
        summary: `score ${score}/10, ${verdict}`,
      };
    },
  };
}

export function reviseStage(plan: GenerationPlan, draft: Draft, review: Review, round: number): StageSpec<Draft, Draft> {
  return {
    stage: "revise",
    round,
    call: objectCall("revise", plan, draftSchema, revisePrompt(plan.brief, draft, review.critique, review.problems), { draft }),
    finish: (raw) => {
      const revised = tidy(plan, raw);
      const problems = checkDraft(plan.brief, revised);
      const stillBroken = errorsOf(problems).length > 0;
      return {
        result: revised,
        version: { ...revised, qualityScore: null },
        makeCurrent: true,
        summary: draftSummary(revised, problems),
        failure: stillBroken && round >= maxRevisionRounds ? explainProblems("revise", problems, round) : undefined,
      };
    },
  };
}
