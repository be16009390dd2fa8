import "server-only";

/**
 * The offline writer's sentences. They are plain, specific to the brief (topic, keywords,
 * pillars, audience, tone), name the topic sparingly, and make no factual claims, since nothing
 * here looks anything up. Every list is filtered against the brand's avoided words.
 */
import { findAvoidedWords } from "../platforms/check-post";
import { countWords } from "@/lib/ai/platforms/word-count";
import { capitalize, pick, rotate, type WriterContext } from "./writer-context";

export type SectionRole = "why" | "keyword" | "example" | "plan" | "mistakes" | "next";

function safe(ctx: WriterContext, sentences: string[]): string[] {
  return sentences.filter((s) => findAvoidedWords(s, ctx.avoid).length === 0);
}

const questionStart = /^(how|what|why|when|where|which|who|can|should|is|are|do|does)\b/iu;

/** The topic as a noun phrase for mid-sentence use; question-like topics ("how to …") become "this". */
export function subject(ctx: WriterContext): string {
  return questionStart.test(ctx.topic) ? "this" : ctx.topicMid;
}

function pillar(ctx: WriterContext, i = 0): string {
  return ctx.pillars.length > 0 ? pick(ctx.pillars, ctx.seed + i) : "the work that matters most";
}

export function titleOptions(ctx: WriterContext): string[] {
  const t = capitalize(ctx.topic);
  const short = ctx.audience.split(" ").length <= 4;
  return safe(ctx, [`${t}: a practical guide`, `${t}, without the guesswork`, ...(short ? [`${t}: what ${ctx.audience} should know`] : []), `${t}, step by step`]);
}

export function title(ctx: WriterContext): string {
  const options = titleOptions(ctx);
  return options.length > 0 ? pick(options, ctx.seed) : "A practical guide";
}

/** Opening lines: the first names the topic, the rest follow on from it. */
export function hooks(ctx: WriterContext): string[] {
  const { topicMid: t, audience: a, adjective } = ctx;
  const first = rotate(
    safe(ctx, [
      `Most advice about ${t} skips the part that matters most.`,
      `If ${t} feels harder than it should, you are not alone.`,
      `${capitalize(a)} keep asking about ${t}, so here is a straight answer.`,
    ]),
    ctx.seed,
  );
  const follow = safe(ctx, [`Here is a ${adjective}, practical take for ${a}.`, "The good news: the first steps are small.", "No theory, just steps you can use this week."]);
  return [...first.slice(0, 1), ...follow, ...first.slice(1)];
}

export function heading(ctx: WriterContext, role: SectionRole, keyword?: string): string {
  const s = subject(ctx);
  const options: Record<SectionRole, string[]> = {
    why: [...(s === "this" ? [] : [`Why ${s} matters`]), "Why it matters", "The case for it"],
    keyword: [`Getting ${keyword ?? s} right`, `On ${keyword ?? s}`],
    example: ["What it looks like in practice", "An example", "In practice"],
    plan: ["A simple plan to start", "A first plan", "Where to begin", "First steps"],
    mistakes: ["Mistakes to avoid", "Common pitfalls", "What to watch for"],
    next: ["What to do next", "Next steps", "Over to you"],
  };
  return safe(ctx, options[role])[0] ?? "More";
}

export function sectionSentences(ctx: WriterContext, role: SectionRole, keyword = ctx.keywords[0] ?? ctx.topicMid): string[] {
  const { audience: a } = ctx;
  const s = subject(ctx);
  const k = keyword;
  const lists: Record<SectionRole, string[]> = {
    why: [
      `When it comes to ${s === "this" ? "it" : s}, most of the value sits in a few simple habits.`,
      `${capitalize(a)} care about it because it shapes ${pillar(ctx)}.`,
      `Done well, it saves time and builds trust; done badly, it quietly costs both.`,
      `Nobody needs another theory here; ${a} need steps they can take this week.`,
      `It also connects to ${pillar(ctx, 1)}, a theme that keeps coming back.`,
      `The short version: it pays off when it is treated as a habit rather than a one-off project.`,
    ],
    keyword: [
      `Start with ${k}: decide what good looks like before you change anything.`,
      `Make ${k} visible, so the whole team can see progress week by week.`,
      `Pick one measure for ${k} and review it at the same time every week.`,
      `Cut any step that does not help ${k}; fewer moving parts mean fewer surprises.`,
      `Ask the people closest to the work where ${k} slows them down.`,
      `Write down what you tried with ${k} and what happened, even when it did not work.`,
      `When ${k} improves, say so out loud; momentum is easier to keep than to start.`,
    ],
    example: [
      `Picture a small team that reviews ${k} every Friday for fifteen minutes.`,
      `In the first week they only write down what they see.`,
      `In the second, they pick one thing to change and agree on who owns it.`,
      `By the end of the month the changes are small, but everyone can name them.`,
      `Nothing about this needs a big budget; it needs a habit and a place to write things down.`,
      `The same pattern works for ${pillar(ctx)}: look, change one thing, look again.`,
    ],
    plan: [
      `Keep the first version small; a working draft beats a perfect plan.`,
      `Block one hour this week to map where you stand today.`,
      `Choose one change, try it for two weeks, then look at the results together.`,
      `Share the plan in a few sentences so everyone can repeat it.`,
      `Set a date to review what changed, and put it in the calendar now.`,
      `Decide in advance what result would make you stop, and what would make you double down.`,
    ],
    mistakes: [
      `The most common mistake is trying to fix everything at once.`,
      `Another is copying a playbook built for a different team and a different market.`,
      `Skipping the review step hides what works and what does not.`,
      `Measuring too many things at once makes every number harder to trust.`,
      `Waiting for the perfect moment usually means waiting too long.`,
      `And changing course every week leaves no time to learn what worked.`,
    ],
    next: [
      `Pick the one idea here that fits your situation and try it this week.`,
      `Then come back in a month and compare notes with your team.`,
      `Small, steady steps will take you further than a big launch that fades.`,
      `If something here does not fit, adapt it; the habit matters more than the details.`,
    ],
  };
  return safe(ctx, lists[role]);
}

/** Short sentences for social posts: keyword and plan lines, then the rest. */
export function socialSentences(ctx: WriterContext): string[] {
  const lines = [
    ...ctx.keywords.flatMap((k, i) => rotate(sectionSentences(ctx, "keyword", k), ctx.seed + i).slice(0, 2)),
    ...rotate(sectionSentences(ctx, "plan"), ctx.seed),
    ...sectionSentences(ctx, "why").slice(2),
    ...sectionSentences(ctx, "mistakes"),
    ...sectionSentences(ctx, "next"),
  ];
  return [...new Set(lines)];
}

export function cta(ctx: WriterContext): string {
  if (ctx.ctas.length > 0) {
    const chosen = pick(ctx.ctas, ctx.seed);
    return /[.!?]$/u.test(chosen) ? chosen : `${chosen}.`;
  }
  const defaults = safe(ctx, ["Save this for your next planning session.", "Tell us what worked for you.", "Share this with someone who needs it."]);
  return defaults.length > 0 ? pick(defaults, ctx.seed) : "Share your view.";
}

const closerCandidates = [
  "Start today.",
  "Try it.",
  "It adds up.",
  "Keep it simple.",
  "Small steps add up.",
  "That is the point.",
  "Start small and stay consistent.",
  "Progress beats perfection every time.",
  "Measure it, then do it again.",
  "Try one idea and see what changes.",
];
/** Used only when a single word is left to fill. */
const lastResort = ["Simple.", "Onward."];

/** Short standalone sentences keyed by word count, for landing exactly on a word budget. */
export function closers(ctx: WriterContext): Map<number, string[]> {
  const byLength = new Map<number, string[]>();
  for (const c of safe(ctx, [...closerCandidates, ...lastResort])) {
    const n = countWords(c);
    byLength.set(n, [...(byLength.get(n) ?? []), c]);
  }
  return byLength;
}
