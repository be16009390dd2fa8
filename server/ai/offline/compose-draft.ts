import "server-only";

/**
 * The draft: a Markdown blog post with one H1, or a master copy plus one ready-to-publish post
 * (or thread) per platform. The word count applies to `body`; each platform's post is the master
 * copy when it fits there (hashtags added), otherwise a condensed version that keeps the hook and
 * the call to action. Thread parts are numbered "1/n" and each fits the platform's limit.
 */
import { fitToLimit, fitsOn, splitSentences } from "../platforms/fit-to-limit";
import { platformRules, type PlatformId } from "@/lib/ai/platforms/platform-rules";
import { countWords } from "@/lib/ai/platforms/word-count";
import type { Draft, Outline } from "../stage-schemas";
import { composeOutline, sectionPlan } from "./compose-plan";
import { fillWords, paragraphs } from "./fill-words";
import { closers, hooks, sectionSentences, socialSentences, type SectionRole } from "./phrases";
import type { WriterContext } from "./writer-context";

const asSentence = (s: string) => (/[.!?…]$/u.test(s.trim()) ? s.trim() : `${s.trim()}.`);
const allRoles: SectionRole[] = ["why", "keyword", "plan", "mistakes", "next"];

function blogBody(ctx: WriterContext, outline: Outline): string {
  const target = ctx.brief.request.wordCount;
  const plan = sectionPlan(ctx);
  const used = new Set<string>();
  const close = closers(ctx);
  const cta = asSentence(outline.cta);
  const headings = outline.sections.map((s) => s.heading);
  const fixed = countWords(outline.title) + headings.reduce((n, h) => n + countWords(h), 0) + countWords(cta);
  const budget = Math.max(0, target - fixed);
  const introPool = [asSentence(outline.hook), ...hooks(ctx).slice(1, 4)];
  const introWords = introPool.reduce((n, sentence) => n + countWords(sentence), 0);
  const intro = Math.min(budget, introWords, Math.max(countWords(outline.hook), Math.round(budget * 0.12)));
  const perSection = Math.floor((budget - intro) / Math.max(1, headings.length));
  const spare = budget - intro - perSection * headings.length;
  const everything = allRoles.flatMap((role) => ctx.keywords.flatMap((k) => sectionSentences(ctx, role, k)));

  const blocks = [`# ${outline.title}`, ...paragraphs(fillWords(introPool, intro, close, used))];
  outline.sections.forEach((section, i) => {
    const role = plan[i]?.role ?? "plan";
    const pool = [...section.points.map(asSentence), ...sectionSentences(ctx, role, plan[i]?.keyword), ...everything];
    const words = perSection + (i === outline.sections.length - 1 ? spare : 0);
    blocks.push(`## ${section.heading}`, ...paragraphs(fillWords(pool, words, close, used)));
  });
  blocks.push(cta);
  return blocks.filter((b) => b.trim().length > 0).join("\n\n");
}

/** The master copy for social posts and threads: hook, points, call to action; exactly on target when possible. */
function socialBody(ctx: WriterContext, outline: Outline): string[] {
  const target = ctx.brief.request.wordCount;
  const hook = asSentence(outline.hook);
  const cta = asSentence(outline.cta);
  const close = closers(ctx);
  const pool = [...outline.sections.flatMap((s) => s.points.map(asSentence)).filter((s) => s !== hook && s !== cta), ...socialSentences(ctx)];
  const ends = countWords(hook) + countWords(cta);
  if (target < ends + 3) return fillWords([hook, ...pool, cta], target, close);
  return [hook, ...fillWords(pool, target - ends, close), cta];
}

function hashtagLine(ctx: WriterContext, platform: PlatformId, count = platformRules[platform].idealHashtags): string {
  return ctx.hashtags.slice(0, Math.min(count, platformRules[platform].maxHashtags)).join(" ");
}

function withTags(ctx: WriterContext, platform: PlatformId, text: string): string {
  for (let n = platformRules[platform].idealHashtags; n > 0; n -= 1) {
    const tags = hashtagLine(ctx, platform, n);
    if (!tags) break;
    const tagged = `${text}\n\n${tags}`;
    if (fitsOn(platform, tagged)) return tagged;
  }
  return text;
}

function singlePost(ctx: WriterContext, platform: PlatformId, sentences: string[]): string {
  const full = withTags(ctx, platform, paragraphs(sentences, 2).join("\n\n"));
  if (fitsOn(platform, full)) return full;
  // Condensed: the hook, as many middle sentences as fit, the call to action; room left for tags.
  const [hook = "", ...rest] = sentences;
  const cta = rest.length > 0 ? rest.at(-1) : undefined;
  const middle = rest.slice(0, -1);
  const room = Math.floor(platformRules[platform].maxChars * 0.85);
  const build = (mid: string[]) => [hook, ...mid, ...(cta ? [cta] : [])].join(" ");
  if (!fitsOn(platform, build([]), room)) return withTags(ctx, platform, fitToLimit(platform, hook, room));
  const kept: string[] = [];
  for (const sentence of middle) {
    if (!fitsOn(platform, build([...kept, sentence]), room)) break;
    kept.push(sentence);
  }
  return withTags(ctx, platform, build(kept));
}

function threadParts(ctx: WriterContext, platform: PlatformId, sentences: string[]): string[] {
  const reserve = "99/99 ".length;
  const limit = platformRules[platform].maxChars - reserve;
  const chunks: string[] = [];
  let current = "";
  for (const raw of sentences.flatMap((s) => splitSentences(s))) {
    const sentence = fitsOn(platform, raw, limit) ? raw : fitToLimit(platform, raw, limit);
    const next = current ? `${current} ${sentence}` : sentence;
    if (fitsOn(platform, next, limit)) current = next;
    else {
      chunks.push(current);
      current = sentence;
    }
  }
  if (current) chunks.push(current);
  const n = chunks.length;
  if (n === 0) return [""];
  const parts = chunks.map((c, i) => (n > 1 ? `${i + 1}/${n} ${c}` : c));
  parts[n - 1] = withTags(ctx, platform, parts[n - 1]!);
  return parts;
}

/** The post (or thread) for one platform, from the master copy's sentences. */
export function postFor(ctx: WriterContext, platform: PlatformId, sentences: string[]): string[] {
  return ctx.brief.request.kind === "thread" ? threadParts(ctx, platform, sentences) : [singlePost(ctx, platform, sentences)];
}

export function composeDraft(ctx: WriterContext, outline: Outline = composeOutline(ctx)): Draft {
  const { kind, platforms } = ctx.brief.request;
  if (kind === "blog") return { title: outline.title, body: blogBody(ctx, outline), posts: [] };
  const sentences = socialBody(ctx, outline);
  const body = paragraphs(sentences, 2).join("\n\n");
  const posts = platforms.map((platform) => ({ platform, parts: postFor(ctx, platform, sentences) }));
  return { title: outline.title, body, posts };
}
