import "server-only";

/** SEO fields and the image prompt, derived from the draft. `slugify` and `truncateAt` are also for the pipeline. */
import { splitSentences } from "../platforms/fit-to-limit";
import type { Draft, ImagePrompt, SeoFields } from "../stage-schemas";
import type { WriterContext } from "./writer-context";

export function slugify(text: string, maxLength = 60): string {
  const slug = text
    .normalize("NFKD")
    .replace(/[\u0300-\u036f]/gu, "")
    .toLowerCase()
    .replace(/[^a-z0-9]+/gu, "-")
    .replace(/^-+|-+$/gu, "");
  if (slug.length <= maxLength) return slug || "post";
  const cut = slug.slice(0, maxLength + 1);
  const at = cut.lastIndexOf("-");
  return (at > 0 ? cut.slice(0, at) : slug.slice(0, maxLength)).replace(/-+$/u, "") || "post";
}

/** Cuts at a word boundary and adds "…" when the text is longer than `maxChars`. */
export function truncateAt(text: string, maxChars: number): string {
  const clean = text.replace(/\s+/gu, " ").trim();
  if (clean.length <= maxChars) return clean;
  const cut = clean.slice(0, maxChars);
  const at = cut.lastIndexOf(" ");
  return `${(at > maxChars / 2 ? cut.slice(0, at) : cut.slice(0, maxChars - 1)).replace(/[,;:.!?-]+$/u, "")}…`;
}

function proseBlocks(body: string): string[] {
  return body.split(/\n{2,}/u).filter((b) => !/^#{1,6}\s/u.test(b) && b.trim().length > 0);
}

export function composeSeo(ctx: WriterContext, draft: Draft): SeoFields {
  const lines = draft.body.split("\n");
  const h1 = lines.find((l) => /^#\s/u.test(l))?.replace(/^#\s+/u, "").trim() ?? draft.title;
  const intro = proseBlocks(draft.body)[0] ?? draft.title;
  let meta = "";
  for (const sentence of [...splitSentences(intro), `A practical look at ${ctx.topicMid} for ${ctx.audience}.`]) {
    const next = meta ? `${meta} ${sentence}` : sentence;
    if (next.length > 155) break;
    meta = next;
  }
  return {
    title: truncateAt(draft.title, 60),
    slug: slugify(draft.title),
    metaDescription: meta || truncateAt(intro, 155),
    excerpt: truncateAt(intro, 280),
    h1,
    headings: lines.filter((l) => /^##\s/u.test(l)).map((l) => l.replace(/^##\s+/u, "").trim()),
    keywords: [...new Set([...ctx.brief.request.keywords.filter((k) => ctx.keywords.includes(k)), ctx.topic])],
  };
}

export function composeImagePrompt(ctx: WriterContext, draft: Draft): ImagePrompt {
  const hints = ctx.keywords.slice(0, 2).join(" and ");
  return {
    prompt: `Editorial illustration for "${draft.title}": a clean, ${ctx.adjective} scene about ${ctx.topicMid}${hints ? `, hinting at ${hints}` : ""}. Simple shapes, generous white space, the brand's colours, no text or logos.`,
    alt: `Illustration for "${draft.title}"`,
  };
}
