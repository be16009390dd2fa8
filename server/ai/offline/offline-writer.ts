import "server-only";

/**
 * The offline writer: composes any pipeline stage's structured output from the brief (and the
 * earlier stages' results when given), with no network and no randomness. Used when no model
 * provider is configured, so the whole loop runs on a fresh machine; its output is labelled
 * provider "offline", model "loomcast-offline-writer-1".
 */
import { writingBriefSchema, type WritingBrief } from "@/lib/ai/brief";
import type { Critique, Draft, ImagePrompt, Outline, ResearchNotes, SeoFields, StageName } from "../stage-schemas";
import { composeDraft } from "./compose-draft";
import { composeOutline, composeResearch } from "./compose-plan";
import { composeCritique, composeRevision } from "./compose-review";
import { composeImagePrompt, composeSeo } from "./compose-seo";
import { writerContext } from "./writer-context";

export type OfflineTask = {
  stage: StageName;
  brief: WritingBrief;
  outline?: Outline;
  draft?: Draft;
};

export type OfflineOutput =
  | { stage: "research"; object: ResearchNotes }
  | { stage: "outline"; object: Outline }
  | { stage: "draft" | "revise"; object: Draft }
  | { stage: "critique"; object: Critique }
  | { stage: "seo"; object: SeoFields }
  | { stage: "image"; object: ImagePrompt };

export function writeOffline(task: OfflineTask): OfflineOutput {
  const ctx = writerContext(writingBriefSchema.parse(task.brief));
  const outline = () => task.outline ?? composeOutline(ctx);
  const draft = () => task.draft ?? composeDraft(ctx, outline());
  switch (task.stage) {
    case "research":
      return { stage: "research", object: composeResearch(ctx) };
    case "outline":
      return { stage: "outline", object: outline() };
    case "draft":
      return { stage: "draft", object: composeDraft(ctx, outline()) };
    case "critique":
      return { stage: "critique", object: composeCritique(ctx, draft()) };
    case "revise":
      return { stage: "revise", object: composeRevision(ctx, draft()) };
    case "seo":
      return { stage: "seo", object: composeSeo(ctx, draft()) };
    case "image":
      return { stage: "image", object: composeImagePrompt(ctx, draft()) };
  }
}

/** A plain-text rendering, for callers that ask for text rather than structured output. */
export function renderOffline(output: OfflineOutput): string {
  switch (output.stage) {
    case "research":
      return [output.object.angle, output.object.audienceInsight, ...output.object.keyPoints.map((p) => `- ${p}`)].join("\n");
    case "outline":
      return [`# ${output.object.title}`, ...output.object.sections.map((s) => `## ${s.heading}\n${s.points.map((p) => `- ${p}`).join("\n")}`)].join("\n\n");
    case "draft":
    case "revise":
      return [output.object.body, ...output.object.posts.map((p) => `--- ${p.platform}\n${p.parts.join("\n\n")}`)].join("\n\n");
    case "critique":
      return `${output.object.score}/10. ${output.object.summary}`;
    case "seo":
      return [output.object.title, output.object.metaDescription].join("\n");
    case "image":
      return output.object.prompt;
  }
}
