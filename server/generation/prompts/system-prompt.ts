import "server-only";

/**
 * The system prompt of every stage: the role, the stage marker, the brand book (voice, audience,
 * pillars, words to avoid, hashtags, calls to action, examples), the reviewer's feedback from an
 * earlier round, and the JSON Schema the answer must match (so endpoints without structured
 * output support still know the shape).
 */
import { z } from "zod";
import type { WritingBrief } from "@/lib/ai/brief";
import type { StageName } from "@/server/ai/stage-schemas";

function list(label: string, items: readonly string[]): string[] {
  return items.length > 0 ? [`${label}: ${items.join(", ")}`] : [];
}

export function systemPrompt(stage: StageName, brief: WritingBrief, feedback: string | null, schema: z.ZodType, guidance: readonly string[] = []): string {
  const { brand } = brief;
  const lines = [
    "You are the content writer of Loomcast, writing for one brand. Follow the brand book exactly.",
    `Stage: ${stage}`,
    "",
    "Brand book:",
    `Voice and tone: ${brand.voice || "clear, friendly and concrete"}`,
    `Audience: ${brand.audience || "not specified"}`,
    ...list("Content pillars", brand.pillars),
    ...list("Never use these words or claims", brand.avoidWords),
    ...list("Preferred hashtags", brand.hashtags),
    ...list("Calls to action", brand.ctas),
  ];
  if (brand.examples.length > 0) lines.push("Example posts in the brand's voice:", ...brand.examples.map((e) => `---\n${e}`), "---");
  // Learn (issue #7): the workspace's own results with similar posts.
  if (guidance.length > 0) lines.push("", "What has worked for this brand (from its own published results):", ...guidance);
  if (feedback) lines.push("", "Reviewer feedback on an earlier version (address every point):", feedback);
  lines.push("", "Answer with one JSON object and nothing else. It must match this JSON Schema:", JSON.stringify(z.toJSONSchema(schema)));
  return lines.join("\n");
}
