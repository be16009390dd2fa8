import "server-only";

/** The request in plain lines, as every stage's prompt states it. */
import type { WritingBrief } from "@/lib/ai/brief";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import { wordWindow } from "@/lib/ai/platforms/word-count";

const kindLabels = { blog: "a blog post", social: "a social post", thread: "a thread" } as const;

export function platformLines(brief: WritingBrief): string[] {
  return brief.request.platforms.map((id) => {
    const rule = platformRules[id];
    return `- ${rule.label} (platform id "${id}"): at most ${rule.maxChars} characters per ${brief.request.kind === "thread" ? "part" : "post"}, at most ${rule.maxHashtags} hashtags (aim for ${rule.idealHashtags})${rule.register === "professional" ? ", professional register" : ""}`;
  });
}

export function briefSummary(brief: WritingBrief): string {
  const { request, brand } = brief;
  const window = wordWindow(request.wordCount, request.tolerancePct);
  const lines = [
    `Write ${kindLabels[request.kind]} about: ${request.topic}`,
    `Tone: ${request.tone}`,
    `Audience: ${request.audience || brand.audience || "not specified"}`,
    `Length of the body: ${request.wordCount} words (${window.min}–${window.max} allowed${request.strict ? ", strictly" : ""})`,
  ];
  if (request.keywords.length > 0) lines.push(`Keywords to use: ${request.keywords.join(", ")}`);
  if (request.platforms.length > 0) lines.push("Platforms:", ...platformLines(brief));
  return lines.join("\n");
}
