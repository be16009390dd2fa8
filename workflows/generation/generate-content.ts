import "server-only";
import { DBOS, Error as DBOSErrors } from "@dbos-inc/dbos-sdk";
import { generateContent as definition, type GenerationInput } from "@/workflows/definitions/generate-content";
import { db } from "@/server/db/client";
import { finishRun } from "@/server/generation/finish-run";
import { loadGenerationPlan, type GenerationPlan } from "@/server/generation/load-plan";
import type { RunEnd } from "@/server/generation/run-error";
import { runStage, type StageOutcome } from "@/server/generation/run-stage";
import { settleRun } from "@/server/generation/settle-run";
import { critiqueStage, draftStage, reviseStage } from "@/server/generation/stage/draft-stages";
import { imageStage, seoStage } from "@/server/generation/stage/finish-stages";
import { outlineStage, researchStage } from "@/server/generation/stage/plan-stages";
import type { StageIds } from "@/server/generation/stage-ids";
import type { StageSpec } from "@/server/generation/stage-spec";
import { maxRevisionRounds, stageKey } from "@/server/generation/stages";

export type GenerationResult = { status: "succeeded"; version: number } | { status: RunEnd };

/** Database blips are retried; model failures never reach here (a stage records them and ends the run). */
const retry = definition.stepRetry;

/** One stage as one checkpointed step, named after the stage and round (the name a retry forks from). */
function stage<T, R>(ids: StageIds, spec: StageSpec<T, R>): Promise<StageOutcome<R>> {
  return DBOS.runStep(() => runStage(ids, spec, DBOS.stepStatus?.cancelSignal), { name: stageKey(spec.stage, spec.round), ...retry });
}

async function pipeline(ids: StageIds, plan: GenerationPlan): Promise<GenerationResult> {
  const research = await stage(ids, researchStage(plan));
  if (!research.ok) return { status: research.end };
  const outline = await stage(ids, outlineStage(plan, research.value));
  if (!outline.ok) return { status: outline.end };
  const drafted = await stage(ids, draftStage(plan, outline.value));
  if (!drafted.ok) return { status: drafted.end };

  let draft = drafted.value;
  let qualityScore: number | null = null;
  let rounds = 0;
  for (let round = 1; round <= maxRevisionRounds; round += 1) {
    const review = await stage(ids, critiqueStage(plan, draft, round));
    if (!review.ok) return { status: review.end };
    qualityScore = review.value.score;
    if (review.value.pass) break;
    const revised = await stage(ids, reviseStage(plan, draft, review.value, round));
    if (!revised.ok) return { status: revised.end };
    draft = revised.value;
    rounds = round;
  }

  // SEO/format and the image only read the final draft: they run side by side.
  const [seo, image] = await Promise.allSettled([stage(ids, seoStage(plan, draft)), stage(ids, imageStage(plan, draft))]);
  if (seo.status === "rejected") throw seo.reason;
  if (image.status === "rejected") throw image.reason;
  if (!seo.value.ok) return { status: seo.value.end };
  if (!image.value.ok) return { status: image.value.end };

  const final = { draft, seo: seo.value.value, image: image.value.value, qualityScore, rounds };
  const done = await DBOS.runStep(() => finishRun(ids, plan, final), { name: "finish", ...retry });
  return done.ok ? { status: "succeeded", version: done.version } : { status: done.end };
}

/**
 * The generation workflow (enqueued by content.request on the "generation" queue):
 * load → research → outline → draft → (critique → revise) × ≤ 2 → SEO ∥ image → finish.
 * Each stage is a checkpointed step: after a crash the run resumes after the last finished stage,
 * and a retry forks the workflow at the failed stage's step.
 */
async function generateContent(raw: GenerationInput): Promise<GenerationResult> {
  const input = definition.input.parse(raw);
  const plan = await DBOS.runStep(() => loadGenerationPlan(db, input), { name: "load", ...retry });
  if (!plan) return { status: "missing" };
  const ids: StageIds = { ...input, contentItemId: plan.contentItemId, workflowId: DBOS.workflowID! };
  try {
    return await pipeline(ids, plan);
  } catch (error) {
    await settleRun(ids, error instanceof DBOSErrors.DBOSWorkflowCancelledError ? "cancelled" : "error", error).catch(() => undefined);
    throw error;
  }
}

export const generateContentWorkflow = DBOS.registerWorkflow(generateContent, { name: definition.name });
