import "server-only";

/**
 * The offline critique and revision. The critique is the rule check (check-draft.ts) turned into
 * a score and a summary; it cannot judge style. The revision repairs what rules can repair:
 * drops sentences with avoided words, fixes the H1, brings the body back into the word window,
 * and rebuilds or trims posts that are missing, too long or carry too many hashtags.
 */
import { checkDraft } from "../check-draft";
import { extractHashtags, findAvoidedWords } from "../platforms/check-post";
import { fitToLimit, fitsOn, splitSentences } from "../platforms/fit-to-limit";
import { platformRules } from "@/lib/ai/platforms/platform-rules";
import { countWords, wordWindow } from "@/lib/ai/platforms/word-count";
import type { Critique, Draft } from "../stage-schemas";
import { postFor } from "./compose-draft";
import { fillWords } from "./fill-words";
import { closers, sectionSentences, socialSentences } from "./phrases";
import type { WriterContext } from "./writer-context";

export function composeCritique(ctx: WriterContext, draft: Draft): Critique {
  const problems = checkDraft(ctx.brief, draft);
  const errors = problems.filter((p) => p.severity === "error");
  const warnings = problems.length - errors.length;
  const score = Math.max(0, Math.min(10, 10 - 2.5 * errors.length - 0.5 * warnings));
  const summary =
    errors.length > 0
      ? `${errors.length} problem${errors.length === 1 ? "" : "s"} to fix before review: ${errors.slice(0, 3).map((e) => e.message).join(" ")}`
      : warnings > 0
        ? `Within the rules, with ${warnings} note${warnings === 1 ? "" : "s"} to look at.`
        : "Within the word count and every platform's rules.";
  return { score, summary, issues: problems.map((p) => ({ severity: p.severity, message: p.message, platform: p.platform })) };
}

const isHeading = (block: string) => /^#{1,6}\s/u.test(block);

function clean(ctx: WriterContext, text: string): string {
  return splitSentences(text).filter((s) => findAvoidedWords(s, ctx.avoid).length === 0).join(" ");
}

function fixHeadings(title: string, blocks: string[]): string[] {
  let h1Seen = false;
  const fixed = blocks.map((b) => {
    if (!/^#\s/u.test(b)) return b;
    if (h1Seen) return `#${b}`;
    h1Seen = true;
    return b;
  });
  return h1Seen ? fixed : [`# ${title}`, ...fixed];
}

/** Brings the body's word count to the target when it is outside the window. */
function fitWords(ctx: WriterContext, blocks: string[]): string[] {
  const { wordCount: target, tolerancePct } = ctx.brief.request;
  const { min, max } = wordWindow(target, tolerancePct);
  const count = () => countWords(blocks.join("\n\n"));
  if (count() >= min && count() <= max) return blocks;
  const last = blocks.length - 1;
  for (let i = last; i >= 0 && count() > target; i -= 1) {
    if (isHeading(blocks[i]!)) continue;
    const sentences = splitSentences(blocks[i]!);
    // The final sentence of the text is the call to action: trim before it, never it.
    const keep = i === last ? 1 : 0;
    while (sentences.length > keep && count() > target) {
      sentences.splice(sentences.length - 1 - keep, 1);
      blocks[i] = sentences.join(" ");
    }
  }
  const missing = target - count();
  if (missing > 0) {
    const pool = [...socialSentences(ctx), ...sectionSentences(ctx, "plan"), ...sectionSentences(ctx, "next")];
    const used = new Set(blocks.flatMap((b) => splitSentences(b)));
    const extra = fillWords(pool, missing, closers(ctx), used).join(" ");
    const at = Math.max(0, last - 1);
    blocks[at] = isHeading(blocks[at] ?? "") ? `${blocks[at]}\n\n${extra}` : `${blocks[at]} ${extra}`.trim();
  }
  return blocks.filter((b) => b.trim().length > 0);
}

function fixPart(ctx: WriterContext, platform: keyof typeof platformRules, text: string): string {
  const rule = platformRules[platform];
  let out = text
    .split("\n")
    .map((line) => (line.trim().startsWith("#") && extractHashtags(line).length > 0 ? line : clean(ctx, line)))
    .join("\n");
  const tags = extractHashtags(out);
  for (const extra of tags.slice(rule.maxHashtags)) out = out.replace(new RegExp(`\\s*${extra}(?![\\p{L}\\p{N}_])`, "u"), "");
  return fitsOn(platform, out) ? out.trim() : fitToLimit(platform, out);
}

export function composeRevision(ctx: WriterContext, draft: Draft): Draft {
  const { kind, platforms } = ctx.brief.request;
  let blocks = draft.body.split(/\n{2,}/u).map((b) => (isHeading(b) ? b : clean(ctx, b))).filter((b) => b.trim());
  if (kind === "blog") blocks = fixHeadings(draft.title, blocks);
  blocks = fitWords(ctx, blocks);
  const body = blocks.join("\n\n");
  if (kind === "blog") return { title: draft.title, body, posts: [] };
  const sentences = blocks.flatMap((b) => splitSentences(b));
  const posts = platforms.map((platform) => {
    const existing = draft.posts.find((p) => p.platform === platform);
    if (!existing || (kind === "social" && existing.parts.length !== 1)) return { platform, parts: postFor(ctx, platform, sentences) };
    return { platform, parts: existing.parts.map((part) => fixPart(ctx, platform, part)) };
  });
  return { title: draft.title, body, posts };
}
