import "server-only";

/** Markdown renderings of the planning stages, stored as their versions' bodies. */
import type { Outline, ResearchNotes } from "@/server/ai/stage-schemas";

export function renderResearch(notes: ResearchNotes): string {
  const sections = [
    `**Angle:** ${notes.angle}`,
    `**Audience insight:** ${notes.audienceInsight}`,
    `**Key points**\n${notes.keyPoints.map((p) => `- ${p}`).join("\n")}`,
  ];
  if (notes.questions.length > 0) sections.push(`**Open questions**\n${notes.questions.map((q) => `- ${q}`).join("\n")}`);
  if (notes.sources.length > 0) sections.push(`**Sources**\n${notes.sources.map((s) => `- [${s.title}](${s.url})`).join("\n")}`);
  return sections.join("\n\n");
}

export function renderOutline(outline: Outline): string {
  return [
    `# ${outline.title}`,
    `**Hook:** ${outline.hook}`,
    ...outline.sections.map((s) => `## ${s.heading}\n${s.points.map((p) => `- ${p}`).join("\n")}`),
    `**Call to action:** ${outline.cta}`,
  ].join("\n\n");
}
