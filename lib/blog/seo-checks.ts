/**
 * Pre-publish SEO checks for a blog post version, shown in review. Pure: the same input always
 * gives the same list, and nothing here reads the database or the environment.
 */
import { slugify } from "@/lib/blog/slug";

export type SeoCheckStatus = "pass" | "warn" | "fail";
export interface SeoCheck {
  id: "title" | "h1" | "description" | "canonical" | "image-alt";
  label: string;
  status: SeoCheckStatus;
  message: string;
}

export interface SeoCheckInput {
  title: string;
  body: string;
  seo?: { title?: string; metaDescription?: string; description?: string; slug?: string; canonicalUrl?: string } | null;
  image?: { alt?: string; url?: string } | null;
}

export const seoLimits = { titleMin: 30, titleMax: 60, descriptionMin: 70, descriptionMax: 160, altMax: 125 } as const;

/** H1 headings in Markdown (ATX `# x`, setext `x\n===`, raw `<h1>`), outside fenced code blocks. */
export function countH1(markdown: string): number {
  const withoutCode = markdown.replace(/^(`{3,}|~{3,})[^\n]*\n[\s\S]*?^\1[^\n]*$/gm, "");
  const atx = withoutCode.match(/^ {0,3}#(?!#)(?:[ \t]+[^\n]*|[ \t]*)$/gm)?.length ?? 0;
  const setext = withoutCode.match(/^[^\s#>\-*][^\n]*\n {0,3}=+[ \t]*$/gm)?.length ?? 0;
  const html = withoutCode.match(/<h1[\s>]/gi)?.length ?? 0;
  return atx + setext + html;
}

function titleCheck(input: SeoCheckInput): SeoCheck {
  const title = (input.seo?.title || input.title).trim();
  const n = [...title].length;
  const label = "Title length";
  if (n === 0) return { id: "title", label, status: "fail", message: "The post has no title." };
  if (n > seoLimits.titleMax)
    return { id: "title", label, status: "warn", message: `The title is ${n} characters; search results cut titles after about ${seoLimits.titleMax}.` };
  if (n < seoLimits.titleMin)
    return { id: "title", label, status: "warn", message: `The title is ${n} characters; ${seoLimits.titleMin}–${seoLimits.titleMax} describes the post better.` };
  return { id: "title", label, status: "pass", message: `${n} characters.` };
}

function h1Check(input: SeoCheckInput): SeoCheck {
  const n = countH1(input.body);
  const label = "One H1 heading";
  if (n === 1) return { id: "h1", label, status: "pass", message: "The body has exactly one H1." };
  if (n === 0) return { id: "h1", label, status: "fail", message: "The body has no H1 heading; start it with “# ” and the title." };
  return { id: "h1", label, status: "fail", message: `The body has ${n} H1 headings; keep one and make the others “## ”.` };
}

function descriptionCheck(input: SeoCheckInput): SeoCheck {
  const text = (input.seo?.metaDescription ?? input.seo?.description ?? "").trim();
  const n = [...text].length;
  const label = "Meta description";
  if (n === 0) return { id: "description", label, status: "fail", message: "There is no meta description; search engines will pick text themselves." };
  if (n > seoLimits.descriptionMax)
    return { id: "description", label, status: "warn", message: `It is ${n} characters; search results cut it after about ${seoLimits.descriptionMax}.` };
  if (n < seoLimits.descriptionMin)
    return { id: "description", label, status: "warn", message: `It is ${n} characters; aim for ${seoLimits.descriptionMin}–${seoLimits.descriptionMax}.` };
  return { id: "description", label, status: "pass", message: `${n} characters.` };
}

function canonicalCheck(input: SeoCheckInput): SeoCheck {
  const label = "Canonical URL";
  const given = input.seo?.canonicalUrl?.trim();
  if (given) {
    let ok = false;
    try {
      const url = new URL(given);
      ok = (url.protocol === "https:" || url.protocol === "http:") && !url.hash;
    } catch {
      ok = false;
    }
    return ok
      ? { id: "canonical", label, status: "pass", message: `Points at ${given}.` }
      : { id: "canonical", label, status: "fail", message: "The canonical URL must be an absolute http(s) address without #fragment." };
  }
  const slug = slugify(input.seo?.slug || input.title);
  return slug === "post"
    ? { id: "canonical", label, status: "warn", message: "No readable slug can be made from the title; the canonical URL ends in /post." }
    : { id: "canonical", label, status: "pass", message: `The post's own URL, ending in /${slug}.` };
}

function altCheck(input: SeoCheckInput): SeoCheck {
  const label = "Image alt text";
  if (!input.image) return { id: "image-alt", label, status: "warn", message: "There is no cover image; posts with one get more clicks when shared." };
  const alt = (input.image.alt ?? "").trim();
  if (!alt) return { id: "image-alt", label, status: "fail", message: "The cover image has no alt text; screen readers and search engines need one." };
  if (alt.length > seoLimits.altMax) return { id: "image-alt", label, status: "warn", message: `The alt text is ${alt.length} characters; keep it under ${seoLimits.altMax}.` };
  return { id: "image-alt", label, status: "pass", message: "The cover image describes itself." };
}

export function seoChecks(input: SeoCheckInput): SeoCheck[] {
  return [titleCheck(input), h1Check(input), descriptionCheck(input), canonicalCheck(input), altCheck(input)];
}
