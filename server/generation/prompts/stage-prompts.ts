import "server-only";

/** The user prompt of each stage: the request plus the earlier stages' results it builds on. */
import type { WritingBrief } from "@/lib/ai/brief";
import type { Critique, Draft, Outline, ResearchNotes } from "@/server/ai/stage-schemas";
import { briefSummary } from "./brief-summary";

const json = (value: unknown) => JSON.stringify(value, null, 2);

function shapeRules(brief: WritingBrief): string {
  const { kind, platforms } = brief.request;
  if (kind === "blog") return "`body` is the whole post in Markdown with exactly one H1 (`# Title`) and `##` section headings; `posts` is an empty list.";
  const parts = kind === "thread" ? "several numbered parts, each within the platform's limit" : "exactly one part";
  return `\`body\` is the master copy (the word count applies to it). \`posts\` has one entry per platform (${platforms.join(", ")}) with ${parts}, hashtags included and counted.`;
}

export const researchPrompt = (brief: WritingBrief) =>
  `${briefSummary(brief)}\n\nResearch the topic for this audience: the angle to take, an insight about the audience, the key points, the open questions readers have, and sources (only real, well-known ones; otherwise none).`;

export const outlinePrompt = (brief: WritingBrief, research: ResearchNotes) =>
  `${briefSummary(brief)}\n\nResearch notes:\n${json(research)}\n\nOutline the piece: a title, a hook, sections with their points, and a call to action.`;

export const draftPrompt = (brief: WritingBrief, outline: Outline) =>
  `${briefSummary(brief)}\n\nOutline:\n${json(outline)}\n\nWrite the draft. ${shapeRules(brief)} Stay within every limit above.`;

export const critiquePrompt = (brief: WritingBrief, draft: Draft, ruleProblems: string[]) =>
  [
    briefSummary(brief),
    `Draft:\n${json(draft)}`,
    ruleProblems.length > 0 ? `Our rule check found:\n${ruleProblems.map((p) => `- ${p}`).join("\n")}` : "Our rule check found no problems.",
    "Critique the draft as an editor: score it 0–10 for quality and fit with the brand book, list the issues (severity error when it must change), and sum up.",
  ].join("\n\n");

export const revisePrompt = (brief: WritingBrief, draft: Draft, critique: Critique, ruleProblems: string[]) =>
  [
    briefSummary(brief),
    `Current draft:\n${json(draft)}`,
    `Editor's critique (score ${critique.score}/10): ${critique.summary}\n${critique.issues.map((i) => `- [${i.severity}] ${i.message}`).join("\n")}`,
    ruleProblems.length > 0 ? `These rule problems MUST be fixed:\n${ruleProblems.map((p) => `- ${p}`).join("\n")}` : "",
    `Rewrite the draft to fix every issue. ${shapeRules(brief)}`,
  ]
    .filter(Boolean)
    .join("\n\n");

export const seoPrompt = (brief: WritingBrief, draft: Draft) =>
  `${briefSummary(brief)}\n\nFinal text:\n${json({ title: draft.title, body: draft.body })}\n\nWrite the SEO fields: a title of at most 60 characters, a slug (lowercase words joined by dashes), a meta description of at most 160 characters, a short excerpt, the one H1, the section headings in order, and the keywords.`;

export const imagePrompt = (brief: WritingBrief, draft: Draft) =>
  `${briefSummary(brief)}\n\nFinal title: ${draft.title}\nOpening: ${draft.body.slice(0, 600)}\n\nDescribe one image for this piece as a prompt for an image model (no text or logos in the image), and its alt text.`;
