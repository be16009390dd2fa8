import "server-only";

/** Research and outline: the planning stages, whose versions hold notes rather than the piece. */
import { outlineSchema, researchNotesSchema, type Outline, type ResearchNotes } from "@/server/ai/stage-schemas";
import type { GenerationPlan } from "../load-plan";
import { outlinePrompt, researchPrompt } from "../prompts/stage-prompts";
import type { StageSpec } from "../stage-spec";
import { objectCall } from "./model-call";
import { renderOutline, renderResearch } from "./render";

export function researchStage(plan: GenerationPlan): StageSpec<ResearchNotes, ResearchNotes> {
  return {
    stage: "research",
    round: 0,
    call: objectCall("research", plan, researchNotesSchema, researchPrompt(plan.brief)),
    finish: (notes) => ({
      result: notes,
      version: { title: plan.brief.request.topic, body: renderResearch(notes) },
      makeCurrent: false,
      summary: `${notes.keyPoints.length} key points`,
    }),
  };
}

export function outlineStage(plan: GenerationPlan, research: ResearchNotes): StageSpec<Outline, Outline> {
  return {
    stage: "outline",
    round: 0,
    call: objectCall("outline", plan, outlineSchema, outlinePrompt(plan.brief, research)),
    finish: (outline) => ({
      result: outline,
      version: { title: outline.title, body: renderOutline(outline) },
      makeCurrent: false,
      summary: `${outline.sections.length} sections`,
    }),
  };
}
