/**
 * What the writers (a model or the offline writer) are given: the workspace's brand book and one
 * content request. The content domain stores and versions these; this is the shape the AI layer
 * consumes, validated with clear messages.
 */
import { z } from "zod";
import { maxTolerancePct, minTolerancePct } from "@/lib/ai/platforms/word-count";
import { platformIds, platformRules } from "@/lib/ai/platforms/platform-rules";

const phrase = z.string().trim().min(1).max(200);

export const brandBookSchema = z.object({
  voice: z.string().trim().max(2000).default(""),
  audience: z.string().trim().max(1000).default(""),
  pillars: z.array(phrase).max(20).default([]),
  avoidWords: z.array(phrase).max(200).default([]),
  hashtags: z.array(z.string().trim().regex(/^#?[\p{L}\p{N}_]+$/u, "A hashtag is one word of letters, digits or _")).max(50).default([]),
  examples: z.array(z.string().trim().min(1).max(5000)).max(20).default([]),
  ctas: z.array(phrase).max(20).default([]),
});
export type BrandBook = z.infer<typeof brandBookSchema>;

export const contentKinds = ["blog", "social", "thread"] as const;
export type ContentKind = (typeof contentKinds)[number];

export const writingRequestSchema = z
  .object({
    kind: z.enum(contentKinds),
    platforms: z.array(z.enum(platformIds)).max(platformIds.length).default([]),
    topic: z.string().trim().min(3, "Give the topic in a few words").max(300),
    keywords: z.array(phrase).max(20).default([]),
    audience: z.string().trim().max(1000).optional(),
    wordCount: z.number().int().min(5, "Ask for at least 5 words").max(5000, "At most 5,000 words per piece"),
    tolerancePct: z.number().min(minTolerancePct, `Tolerance is ${minTolerancePct}–${maxTolerancePct} %`).max(maxTolerancePct, `Tolerance is ${minTolerancePct}–${maxTolerancePct} %`).default(10),
    strict: z.boolean().default(false),
    tone: z.string().trim().min(1).max(60).default("friendly"),
  })
  .superRefine((req, ctx) => {
    if (req.kind === "blog" && req.wordCount < 50) {
      ctx.addIssue({ code: "custom", path: ["wordCount"], message: "A blog post needs at least 50 words" });
    }
    if (req.kind !== "blog" && req.platforms.length === 0) {
      ctx.addIssue({ code: "custom", path: ["platforms"], message: "Pick at least one platform" });
    }
    if (req.kind === "thread") {
      for (const p of req.platforms) {
        if (!platformRules[p].threads) {
          ctx.addIssue({ code: "custom", path: ["platforms"], message: `${platformRules[p].label} has no threads; use a single post there` });
        }
      }
    }
    if (new Set(req.platforms).size !== req.platforms.length) {
      ctx.addIssue({ code: "custom", path: ["platforms"], message: "Each platform only once" });
    }
  });
export type WritingRequest = z.infer<typeof writingRequestSchema>;

export const writingBriefSchema = z.object({ brand: brandBookSchema, request: writingRequestSchema });
export type WritingBrief = z.infer<typeof writingBriefSchema>;
