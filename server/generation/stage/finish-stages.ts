import "server-only";

/**
 * SEO/format and image, which only read the final draft and so run side by side. The SEO fields
 * are normalised after the call: a clean slug, a meta description of at most 160 characters,
 * the blog post's one H1 and its heading structure taken from the body itself.
 */
import { slugify, truncateAt } from "@/server/ai/offline/compose-seo";
import { imagePromptSchema, seoSchema, type Draft, type ImagePrompt, type SeoFields } from "@/server/ai/stage-schemas";
import type { GenerationPlan } from "../load-plan";
import { imagePrompt, seoPrompt } from "../prompts/stage-prompts";
import type { StageSpec } from "../stage-spec";
import { objectCall } from "./model-call";

export const metaDescriptionMax = 160;
const headingText = (line: string) => line.replace(/^#+\s+/u, "").trim();

export function normaliseSeo(plan: GenerationPlan, draft: Draft, seo: SeoFields): SeoFields {
  const lines = draft.body.split("\n");
  const blog = plan.brief.request.kind === "blog";
  const h1 = blog ? lines.filter((l) => /^#\s+\S/u.test(l)).map(headingText)[0] : undefined;
  const title = truncateAt(seo.title.trim() || draft.title, 70);
  return {
    title,
    slug: slugify(seo.slug.trim() || title),
    metaDescription: truncateAt(seo.metaDescription.trim() || seo.excerpt || draft.title, metaDescriptionMax),
    excerpt: truncateAt(seo.excerpt.trim() || seo.metaDescription, 300),
    h1: h1 ?? (seo.h1.trim() || title),
    headings: blog ? lines.filter((l) => /^##\s+\S/u.test(l)).map(headingText) : seo.headings,
    keywords: [...new Set(seo.keywords.map((k) => k.trim()).filter(Boolean))],
  };
}

export function seoStage(plan: GenerationPlan, draft: Draft): StageSpec<SeoFields, SeoFields> {
  return {
    stage: "seo",
    round: 0,
    call: objectCall("seo", plan, seoSchema, seoPrompt(plan.brief, draft), { draft }),
    finish: (raw) => {
      const seo = normaliseSeo(plan, draft, raw);
      return { result: seo, version: { ...draft, seo }, makeCurrent: false, summary: `/${seo.slug}, meta ${seo.metaDescription.length} characters` };
    },
  };
}

/** No image provider exists yet: the stage writes the prompt and alt text, and records the image as skipped. */
export function imageStage(plan: GenerationPlan, draft: Draft): StageSpec<ImagePrompt, ImagePrompt> {
  const reason = "skipped: no image provider";
  return {
    stage: "image",
    round: 0,
    call: objectCall("image", plan, imagePromptSchema, imagePrompt(plan.brief, draft), { draft }),
    finish: (image) => ({
      result: image,
      version: { ...draft, image },
      makeCurrent: false,
      summary: `prompt ready; image ${reason}`,
      skipped: [{ stage: "image-asset", reason }],
    }),
  };
}
