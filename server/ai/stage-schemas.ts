import "server-only";

/**
 * The structured output of each pipeline stage. Models are asked for these shapes (structured
 * output), and the offline writer composes exactly these, so the pipeline has one contract.
 *
 * Kept within what OpenAI's strict JSON-schema mode accepts: every field required (nullable
 * instead of optional), no string length or pattern limits. Length rules (meta description ≤ 160,
 * a clean slug) are applied by the pipeline after the call, not by the schema.
 */
import { z } from "zod";
import { platformIds } from "@/lib/ai/platforms/platform-rules";

export const researchNotesSchema = z.object({
  angle: z.string(),
  audienceInsight: z.string(),
  keyPoints: z.array(z.string()).min(1),
  questions: z.array(z.string()),
  sources: z.array(z.object({ title: z.string(), url: z.string() })),
});
export type ResearchNotes = z.infer<typeof researchNotesSchema>;

export const outlineSchema = z.object({
  title: z.string(),
  hook: z.string(),
  sections: z.array(z.object({ heading: z.string(), points: z.array(z.string()) })).min(1),
  cta: z.string(),
});
export type Outline = z.infer<typeof outlineSchema>;

/**
 * `body` is the blog post in Markdown (one H1) or, for social posts and threads, the master copy
 * the word count applies to. `posts` holds one entry per platform; `parts` has one element for a
 * single post and several for a thread, each ready to publish (hashtags included).
 */
export const draftSchema = z.object({
  title: z.string(),
  body: z.string(),
  posts: z.array(z.object({ platform: z.enum(platformIds), parts: z.array(z.string()).min(1) })),
});
export type Draft = z.infer<typeof draftSchema>;

export const critiqueSchema = z.object({
  score: z.number().min(0).max(10),
  issues: z.array(z.object({ severity: z.enum(["error", "warning"]), message: z.string(), platform: z.enum(platformIds).nullable() })),
  summary: z.string(),
});
export type Critique = z.infer<typeof critiqueSchema>;

export const seoSchema = z.object({
  title: z.string(),
  slug: z.string(),
  metaDescription: z.string(),
  excerpt: z.string(),
  h1: z.string(),
  headings: z.array(z.string()),
  keywords: z.array(z.string()),
});
export type SeoFields = z.infer<typeof seoSchema>;

export const imagePromptSchema = z.object({ prompt: z.string(), alt: z.string() });
export type ImagePrompt = z.infer<typeof imagePromptSchema>;

export const stageNames = ["research", "outline", "draft", "critique", "revise", "seo", "image"] as const;
export type StageName = (typeof stageNames)[number];
